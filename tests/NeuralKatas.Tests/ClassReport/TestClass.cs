using NeuralKatas.Grader.ClassReport;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.ClassReport;

/// <summary>
/// The class the similarity tests use: ClassReport/Class/STUDENT/KATA/FILE, hand-written. amara,
/// bruno, chen and dana solved 03-forward, 04-backprop and 05-train independently (chained calls,
/// helpers, loops, LINQ); eve handed in bruno's 04-backprop and frank dana's 05-train, with
/// identifiers renamed, members reordered, comments and layout changed.
/// </summary>
public static class TestClass
{
    /// <summary>The katas the class has code for.</summary>
    public static IReadOnlyList<string> Katas { get; } = ["03-forward", "04-backprop", "05-train"];

    /// <summary>The honest students.</summary>
    public static IReadOnlyList<string> Honest { get; } = ["amara", "bruno", "chen", "dana"];

    private static string Folder => Path.Combine(RepositoryRoot.Course.Root, "tests", "NeuralKatas.Tests", "ClassReport", "Class");

    /// <summary>Every student with a full-marks report and their files, in name order.</summary>
    public static IReadOnlyList<StudentWork> Students() =>
        [.. Directory.GetDirectories(Folder).Order(StringComparer.Ordinal).Select(folder => Student(Path.GetFileName(folder), Sources(folder)))];

    /// <summary>The shipped stubs of <see cref="Katas"/>.</summary>
    public static IReadOnlyList<LearnerSource> Stubs() => ClassSources.Stubs(RepositoryRoot.Course, Katas);

    /// <summary>A student with <paramref name="sources"/> and a report passing every kata they have code for.</summary>
    public static StudentWork Student(string name, IReadOnlyList<LearnerSource> sources) =>
        new(Report(name, [.. sources.Select(s => s.Kata).Distinct().Select(kata => Kata(kata, KataStatus.Passed, Test("It_works", TestStatus.Passed)))]), sources);

    /// <summary>A report of <paramref name="katas"/>.</summary>
    public static GradeReport Report(string name, IReadOnlyList<KataGrade> katas) => new(name, katas, null);

    /// <summary>A kata grade whose score is the share of <paramref name="tests"/> passed, out of 10.</summary>
    public static KataGrade Kata(string id, KataStatus status, params TestGrade[] tests)
    {
        var score = tests.Length == 0 ? 0 : 10.0 * tests.Count(t => t.Status == TestStatus.Passed) / tests.Length;
        return new KataGrade(id, "Kata " + id, status, status == KataStatus.Passed ? 10 : score, 10, tests, [], null, null);
    }

    /// <summary>A test result, naming <paramref name="mistake"/> when given.</summary>
    public static TestGrade Test(string name, TestStatus status, string? mistake = null) =>
        new(name, status, string.Empty, status == TestStatus.Passed ? 1 : 0, 1, TimeSpan.Zero) { Mistake = mistake };

    private static List<LearnerSource> Sources(string student) =>
        [.. Directory.GetFiles(student, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(path => new LearnerSource(
            Path.GetFileName(Path.GetDirectoryName(path)!), Path.GetFileName(path), File.ReadAllText(path)))];
}
