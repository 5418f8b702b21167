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
    public static KataGrade Score(KataDefinition kata, JobResult result, IReadOnlyList<CompileDiagnostic> findings, string? isolation)
    {
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
            .Select(o => new TestGrade(o.Name, o.Status, o.Message, earns && o.Status == TestStatus.Passed ? Round(share) : 0, Round(share), o.Duration)
            {
                Mistake = o.Status == TestStatus.Passed ? null : MistakeLine.Read(o.Message),
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
        return new KataGrade(kata.Id, kata.Title, status, score, kata.Points, tests, findings, result.Error, isolation);
    }

    /// <summary>The grade of a kata that could not run: it did not compile, or its files are missing.</summary>
    public static KataGrade NotRun(KataDefinition kata, KataStatus status, IReadOnlyList<CompileDiagnostic> diagnostics, string? error) =>
        new(kata.Id, kata.Title, status, 0, kata.Points, [], diagnostics, error, null);

    private static double Round(double points) => Math.Round(points, 4);
}
