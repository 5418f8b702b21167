using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Grader.Scoring;

/// <summary>
/// Turns test outcomes into points: a kata's points (from the manifest) are shared equally
/// among its tests, and a test earns its share only when it passes. So a learner who passes 7
/// of 10 tests gets 7/10 of the kata.
/// </summary>
public static class Scorer
{
    /// <summary>The grade of a kata whose tests ran (or were stopped).</summary>
    /// <param name="kata">The kata.</param>
    /// <param name="result">Its tests' outcomes, or how they were stopped.</param>
    /// <param name="isolation">The isolation note, or null.</param>
    /// <param name="isHidden">True for a test from the instructor's hidden tests.</param>
    public static KataGrade Score(KataDefinition kata, JobResult result, string? isolation, Func<TestOutcome, bool> isHidden)
    {
        ArgumentNullException.ThrowIfNull(result);
        var share = result.Outcomes.Count == 0 ? 0 : (double)kata.Points / result.Outcomes.Count;
        var status = result.End switch
        {
            JobEnd.Completed when result.Outcomes.Count > 0 && result.Outcomes.All(o => o.Status == TestStatus.Passed) => KataStatus.Passed,
            JobEnd.Completed => KataStatus.Failed,
            JobEnd.TimedOut => KataStatus.TimedOut,
            JobEnd.OutputFlood => KataStatus.OutputFlood,
            JobEnd.ThreadLeftRunning => KataStatus.ThreadLeftRunning,
            _ => KataStatus.Crashed,
        };

        // A kata that was stopped earns nothing, so none of its tests does either: the parts add up to the whole.
        var earns = result.End == JobEnd.Completed;
        var tests = result.Outcomes
            .Select(o => new TestGrade(
                UntrustedText.Clean(o.Name), o.Status, UntrustedText.Clean(o.Message), earns && o.Status == TestStatus.Passed ? Round(share) : 0, Round(share), o.Duration)
            {
                Hidden = isHidden(o),
                Output = UntrustedText.Clean(o.Output),
                Mistake = o.Status == TestStatus.Passed ? null : MistakeLine.Read(o.Message),
                Location = o.Location is null ? null : UntrustedText.Clean(o.Location),
            })
            .ToList();
        var passed = tests.Count(t => t.Status == TestStatus.Passed);

        // Count passes rather than add rounded shares, so full marks are exactly the kata's points.
        var score = status switch
        {
            KataStatus.Passed => kata.Points,
            KataStatus.Failed => Round(passed * share),
            _ => 0,
        };
        return new KataGrade(kata.Id, kata.Title, status, score, kata.Points, tests, [], Clean(result.Error), isolation);
    }

    /// <summary>The grade of a kata that could not run: it did not compile, or its files are missing.</summary>
    public static KataGrade NotRun(KataDefinition kata, KataStatus status, IReadOnlyList<CompileDiagnostic> diagnostics, string? error) =>
        new(kata.Id, kata.Title, status, 0, kata.Points, [], Clean(diagnostics), Clean(error), null);

    private static List<CompileDiagnostic> Clean(IReadOnlyList<CompileDiagnostic> diagnostics) =>
        [.. diagnostics.Select(d => d with { File = UntrustedText.Clean(d.File), Message = UntrustedText.Clean(d.Message) })];

    private static string? Clean(string? text) => text is null ? null : UntrustedText.Clean(text);

    private static double Round(double points) => Math.Round(points, 4);
}
