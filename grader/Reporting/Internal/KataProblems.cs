using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting.Internal;

/// <summary>What went wrong with a kata as a whole, as opposed to its individual tests.</summary>
internal static class KataProblems
{
    /// <summary>True when no test of the kata produced a result: it did not compile, its file is missing, or the worker died first.</summary>
    public static bool CouldNotRun(KataGrade kata) => kata.Tests.Count == 0 && kata.Status != KataStatus.Passed;

    /// <summary>True when the kata carries something beyond its tests' results: an error, diagnostics, or no results at all.</summary>
    public static bool HasProblem(KataGrade kata) => kata.Error is not null || kata.Diagnostics.Count > 0 || CouldNotRun(kata);

    /// <summary>The tests that did not pass, in source order.</summary>
    public static IReadOnlyList<TestGrade> NotPassed(KataGrade kata) => [.. kata.Tests.Where(test => test.Status != TestStatus.Passed)];

    /// <summary>The kata's status and error on the first line, then each diagnostic as file(line,col): error ID: message.</summary>
    public static string Describe(KataGrade kata)
    {
        var headline = StatusText.Headline(kata.Status);
        var lines = new List<string> { kata.Error is null ? headline : $"{headline}: {kata.Error}" };
        lines.AddRange(kata.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        return string.Join('\n', lines);
    }

    /// <summary>True when the submission was graded and not a single test or kata passed: the shipped stubs, say.</summary>
    public static bool NothingPasses(GradeReport report) =>
        report.Error is null
        && report.Katas.Count > 0
        && report.Katas.All(kata => kata.Status != KataStatus.Passed && kata.Tests.All(test => test.Status != TestStatus.Passed));
}
