using NeuralKatas.Grader.CompileServer;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Cache;

/// <summary>
/// The learner's katas as they were graded before, each found again by a hash of everything its
/// grade came from: the grader's build (part of every key), the course library, the kata's steps
/// in the order they compile, its tests and its reference snapshots. A command that finds every
/// kata unchanged answers without starting a compiler or a worker. Only a grade the machine could
/// not have changed is kept: tests that ran to their end, or a compile error of the learner's own;
/// a timeout, a crash or a compile stopped for time is graded again next time.
/// </summary>
public sealed class StoredGrades(GradeCache cache)
{
    /// <summary>The key of a kata's grade: <paramref name="compile"/> is its compile's fingerprint, <paramref name="snapshots"/> what its tests compare against.</summary>
    public static string Key(string compile, IReadOnlyDictionary<string, string>? snapshots) =>
        GradeCache.Key("grade", [compile, .. (snapshots ?? new Dictionary<string, string>()).SelectMany(pair => new[] { pair.Key, pair.Value })]);

    /// <summary>The grade kept under <paramref name="key"/>, or null.</summary>
    public KataGrade? Find(string key) => cache.Read<KataGrade>(key);

    /// <summary>Keeps each grade under its key when the same sources can only be graded the same way again.</summary>
    public void Keep(IEnumerable<KeyValuePair<string, KataGrade>> grades) =>
        cache.Write<KataGrade>([.. grades.Where(grade => Lasting(grade.Value))]);

    private static bool Lasting(KataGrade grade) =>
        grade.Status is KataStatus.Passed or KataStatus.Failed
        || (grade.Status == KataStatus.CompileError && !grade.Diagnostics.Any(d => d.Id == IsolatedCompiler.TooComplexId));
}
