namespace NeuralKatas.Grader.ClassReport;

/// <summary>
/// Finds submissions whose own code of a kata is alike, MOSS-style: each kata's C# files are
/// normalised (<see cref="CSharpTokens"/>) and fingerprinted (<see cref="Winnowing"/>); what the
/// shipped stub has and what much of the class has is taken out; the rest goes into an inverted
/// index from fingerprint to submissions, so only pairs that share something are ever looked at.
/// A pair's score is its shared fingerprints over the distinct fingerprints of both (Jaccard).
/// </summary>
public sealed class SimilarityCheck(SimilarityOptions options)
{
    /// <summary>Compares every pair of <paramref name="students"/>, kata by kata; <paramref name="stubs"/> are the shipped learner files.</summary>
    public SimilarityResult Run(IReadOnlyList<StudentWork> students, IReadOnlyList<string> katas, IReadOnlyList<LearnerSource> stubs)
    {
        ArgumentNullException.ThrowIfNull(students);
        ArgumentNullException.ThrowIfNull(katas);
        ArgumentNullException.ThrowIfNull(stubs);
        var pairs = new List<SimilarPair>();
        var summaries = new List<KataSimilarity>();
        foreach (var kata in katas)
        {
            summaries.Add(Compare(kata, students, stubs.Where(s => s.Kata == kata), pairs));
        }

        return new SimilarityResult(options, [.. pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Kata, StringComparer.Ordinal).ThenBy(p => p.First).ThenBy(p => p.Second)], summaries);
    }

    private KataSimilarity Compare(string kata, IReadOnlyList<StudentWork> students, IEnumerable<LearnerSource> stub, List<SimilarPair> found)
    {
        var stubHashes = KataFingerprints.Of(stub, options).Distinct;
        var prints = students.Select(s => s.Sources.Any(f => f.Kata == kata) ? KataFingerprints.Of(s.Sources.Where(f => f.Kata == kata), options) : null).ToArray();

        var index = new Dictionary<ulong, List<int>>();
        for (var student = 0; student < prints.Length; student++)
        {
            foreach (var hash in prints[student]?.Distinct ?? [])
            {
                if (!index.TryGetValue(hash, out var holders))
                {
                    index[hash] = holders = [];
                }

                holders.Add(student);
            }
        }

        var submitted = prints.Count(p => p is not null);
        var commonLimit = Math.Max(options.CommonFloor, options.CommonFraction * submitted);
        var ignored = index.Where(entry => stubHashes.Contains(entry.Key) || entry.Value.Count > commonLimit).Select(entry => entry.Key).ToList();
        foreach (var hash in ignored)
        {
            foreach (var student in index[hash])
            {
                prints[student]!.Distinct.Remove(hash);
            }

            index.Remove(hash);
        }

        var comparable = prints.Select(p => p is not null && p.Distinct.Count >= options.MinimumFingerprints).ToArray();

        // Per student, count what each later student shares through the index: an array, not a
        // dictionary of pairs, because most pairs of a large class share a little.
        var shared = new int[prints.Length];
        var touched = new List<int>();
        long sharing = 0;
        for (var first = 0; first < prints.Length; first++)
        {
            if (!comparable[first])
            {
                continue;
            }

            foreach (var hash in prints[first]!.Distinct)
            {
                foreach (var second in index[hash])
                {
                    if (second > first && comparable[second] && shared[second]++ == 0)
                    {
                        touched.Add(second);
                    }
                }
            }

            sharing += touched.Count;
            foreach (var second in touched)
            {
                var count = shared[second];
                shared[second] = 0;
                var score = (double)count / (prints[first]!.Distinct.Count + prints[second]!.Distinct.Count - count);
                if (score >= options.Threshold)
                {
                    found.Add(new SimilarPair(kata, first, second, Math.Round(score, 4), count, Passages(prints[first]!, prints[second]!)));
                }
            }

            touched.Clear();
        }

        var stubIgnored = ignored.Count(stubHashes.Contains);
        return new KataSimilarity(kata, comparable.Count(c => c), submitted - comparable.Count(c => c), stubIgnored, ignored.Count - stubIgnored, sharing);
    }

    // One passage per pair of members that share fingerprints, spanning every shared k-gram in each.
    // Members are paired one to one, most shared first: with identifiers normalised, two small
    // helpers of the same shape share a k-gram or two, and such cross-matches only hide the real ones.
    private static List<MatchedPassage> Passages(KataFingerprints first, KataFingerprints second)
    {
        var common = first.Distinct.Intersect(second.Distinct).ToHashSet();
        var inSecond = second.Occurrences.Where(f => common.Contains(f.Hash)).ToLookup(f => f.Hash);
        var groups = first.Occurrences
            .Where(f => common.Contains(f.Hash))
            .SelectMany(a => inSecond[a.Hash].Select(b => (a, b)))
            .GroupBy(match => (match.a.Member, match.b.Member))
            .OrderByDescending(group => group.Select(m => m.a.Hash).Distinct().Count())
            .ThenBy(group => group.Key.Item1)
            .ThenBy(group => group.Key.Item2);
        var usedFirst = new HashSet<int>();
        var usedSecond = new HashSet<int>();
        var passages = new List<MatchedPassage>();
        foreach (var group in groups)
        {
            if (!usedFirst.Contains(group.Key.Item1) && !usedSecond.Contains(group.Key.Item2))
            {
                usedFirst.Add(group.Key.Item1);
                usedSecond.Add(group.Key.Item2);
                passages.Add(new MatchedPassage(
                    first.Members[group.Key.Item1].File, group.Min(m => m.a.FirstLine), group.Max(m => m.a.LastLine),
                    second.Members[group.Key.Item2].File, group.Min(m => m.b.FirstLine), group.Max(m => m.b.LastLine)));
            }
        }

        return [.. passages.OrderBy(p => p.FirstFile, StringComparer.Ordinal).ThenBy(p => p.FirstStart).ThenBy(p => p.SecondStart)];
    }
}
