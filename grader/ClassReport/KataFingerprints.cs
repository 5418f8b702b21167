namespace NeuralKatas.Grader.ClassReport;

/// <summary>One submission's fingerprints of one kata: every occurrence (for passages) and the distinct hashes (for scores).</summary>
internal sealed class KataFingerprints
{
    private KataFingerprints(IReadOnlyList<MemberTokens> members, IReadOnlyList<Fingerprint> occurrences)
    {
        Members = members;
        Occurrences = occurrences;
        Distinct = [.. occurrences.Select(f => f.Hash)];
    }

    /// <summary>The members the fingerprints point into.</summary>
    public IReadOnlyList<MemberTokens> Members { get; }

    /// <summary>Every fingerprint winnowing kept, with where it is.</summary>
    public IReadOnlyList<Fingerprint> Occurrences { get; }

    /// <summary>The distinct hashes; the check removes stub and common ones from this set.</summary>
    public HashSet<ulong> Distinct { get; }

    /// <summary>The fingerprints of a kata's C# files, each member winnowed on its own.</summary>
    public static KataFingerprints Of(IEnumerable<LearnerSource> files, SimilarityOptions options)
    {
        var members = files.SelectMany(CSharpTokens.Members).ToList();
        var occurrences = members.SelectMany((member, index) => Winnowing.Select(member.Tokens, index, options.K, options.Window)).ToList();
        return new KataFingerprints(members, occurrences);
    }
}
