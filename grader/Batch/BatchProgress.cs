using Spectre.Console;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Batch;

/// <summary>
/// Shows a batch moving: a progress bar on an interactive terminal, one plain line per graded
/// submission otherwise (CI logs, pipes), so the log still tells who was graded.
/// </summary>
public static class BatchProgress
{
    /// <summary>Runs <paramref name="work"/>, reporting each graded submission out of <paramref name="total"/>.</summary>
    public static T Run<T>(int total, Func<Action<GradeReport>, T> work)
    {
        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            return AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"Grading {total} submissions", maxValue: total);
                    return work(_ => task.Increment(1));
                });
        }

        var done = 0;
        var gate = new object();
        return work(report =>
        {
            lock (gate)
            {
                done++;
                var outcome = report.Error is null ? $"{report.Score:0.##} / {report.MaxScore:0.##}" : "error";
                Console.WriteLine(FormattableString.Invariant($"[{done}/{total}] {report.Submission}: {outcome}"));
            }
        });
    }
}
