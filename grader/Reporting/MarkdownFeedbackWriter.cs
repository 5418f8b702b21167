using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Sandbox;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting;

/// <summary>
/// Written feedback for one learner, in Markdown: the total, a table of katas, then what to fix
/// (diagnostics at file:line:column, each failing test's teaching message) and how to check
/// locally. The batch writes one such file per student; it is also a single-report format.
/// </summary>
public sealed class MarkdownFeedbackWriter : IReportWriter
{
    /// <inheritdoc/>
    public string Name => "markdown";

    /// <summary>
    /// A file name for <paramref name="submission"/>'s feedback: characters no file system takes
    /// (or that would reach another folder) become underscores, and .md is appended.
    /// </summary>
    public static string FileNameFor(string submission)
    {
        var safe = new string([.. submission.Select(c => char.IsControl(c) || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal) ? '_' : c)])
            .Trim(' ', '.');
        return (safe.Length == 0 ? "submission" : safe) + ".md";
    }

    /// <inheritdoc/>
    public void Write(GradeReport report, TextWriter output)
    {
        // Blocks joined by one blank line: the Markdown stays tidy whichever parts are present.
        var blocks = new List<string> { $"# Feedback for {MarkdownText.Inline(report.Submission)}" };
        if (report.Error is not null)
        {
            blocks.Add("This submission could not be graded:");
            blocks.Add(MarkdownText.Block(report.Error));
            blocks.Add("Check that it holds the `katas/` folder with your files where the katas expect them, then submit again.");
        }
        else
        {
            var passed = report.Katas.Count(kata => kata.Status == KataStatus.Passed);
            blocks.Add($"**Total: {Numbers.Human(report.Score)} / {Numbers.Human(report.MaxScore)} points**; {passed} of {report.Katas.Count} katas passed.");
            blocks.Add(Table(report));
            var toFix = report.Katas.Where(kata => kata.Status != KataStatus.Passed || KataProblems.HasProblem(kata) || kata.Isolation is not null).ToList();
            if (toFix.Count > 0)
            {
                blocks.Add("## What to fix");
                blocks.AddRange(toFix.SelectMany(KataBlocks));
            }

            blocks.AddRange(NextSteps(report, toFix));
        }

        if (report.ChangedFiles.Count > 0)
        {
            blocks.Add("## Protected files changed");
            blocks.Add("These files must stay as the course ships them. They were not used for grading (the course's own copies were), and your instructor sees this list:");
            blocks.Add(string.Join('\n', report.ChangedFiles.Select(file => $"- {MarkdownText.Code(file)}")));
        }

        blocks.Add($"_{SandboxReport.Line(report.Sandbox)}_");

        output.Write(string.Join("\n\n", blocks) + "\n");
    }

    private static string Table(GradeReport report)
    {
        var rows = report.Katas.Select(kata =>
            $"| {kata.Id} | {MarkdownText.Inline(kata.Title)} | {(kata.Status == KataStatus.Passed ? "✅" : "❌")} {StatusText.Words(kata.Status)} "
            + $"| {Numbers.Human(kata.Score)} / {Numbers.Human(kata.MaxScore)} |");
        return string.Join('\n', ["| Kata | Title | Status | Score |", "| --- | --- | --- | ---: |", .. rows]);
    }

    private static IEnumerable<string> KataBlocks(KataGrade kata)
    {
        yield return $"### {kata.Id}: {MarkdownText.Inline(kata.Title)} ({StatusText.Words(kata.Status)})";
        if (kata.Diagnostics.Count > 0)
        {
            yield return string.Join('\n', kata.Diagnostics.Select(diagnostic =>
                $"- {MarkdownText.Code($"{diagnostic.File}:{diagnostic.Line}:{diagnostic.Column}")} error {diagnostic.Id}: {MarkdownText.Inline(diagnostic.Message)}"));
        }

        if (kata.Error is not null)
        {
            yield return MarkdownText.Block(kata.Error);
        }

        if (kata.Isolation is not null)
        {
            yield return $"> **Isolation:** {MarkdownText.Inline(kata.Isolation)}";
        }

        foreach (var test in KataProblems.NotPassed(kata))
        {
            yield return $"#### ✗ {MarkdownText.Code(test.Name)} ({StatusText.Words(test.Status)})";
            if (test.Message.Length > 0)
            {
                yield return MarkdownText.Block(test.Message);
            }
        }
    }

    private static IEnumerable<string> NextSteps(GradeReport report, IReadOnlyList<KataGrade> toFix)
    {
        if (report.FullMarks)
        {
            // With an isolation note above, full marks are not yet the learner's own working network.
            if (report.Katas.All(kata => kata.Isolation is null))
            {
                yield return report.Katas.Count == 1 ? Advice.OneKataPassed(report.Katas[0].Id) : Advice.AllPassed;
            }

            yield break;
        }

        yield return "## Keep going";
        if (KataProblems.NothingPasses(report))
        {
            yield return $"{Advice.NothingPassesYet} {Advice.FirstStep(report.Katas[0].Id)}";
        }

        yield return $"{Advice.KeepGoing} Run the same tests on your machine before you submit again:";
        var firstToFix = toFix.Count > 0 ? toFix[0].Id : report.Katas[0].Id;
        yield return $"```sh\n{Advice.RunLocally(firstToFix)}\n{Advice.GradeLocally}\n```";
    }
}
