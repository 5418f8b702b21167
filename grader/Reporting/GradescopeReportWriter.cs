using System.Text.Json;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting;

/// <summary>
/// The grade as Gradescope's results.json (gradescope-autograders.readthedocs.io, "Autograder
/// Specifications"): a top-level score and output, and one test entry per kata test named
/// "kata-id: test name". A kata that could not run appears as one entry worth its points, scored 0,
/// whose output says why. There is no top-level max_score: the specification has none, and
/// Gradescope takes the total from the assignment's settings. A test from the instructor's hidden
/// tests gets <paramref name="hiddenVisibility"/> (by default after_published: the student sees it
/// once the instructor publishes the grades); every other test is visible.
/// </summary>
/// <param name="hiddenVisibility">hidden, after_due_date, after_published or visible.</param>
public sealed class GradescopeReportWriter(string hiddenVisibility = GradescopeReportWriter.AfterPublished) : IReportWriter
{
    /// <summary>The default visibility of a hidden test: shown once the grades are published.</summary>
    public const string AfterPublished = "after_published";

    /// <summary>The visibilities Gradescope's specification allows.</summary>
    public static readonly IReadOnlyList<string> Visibilities = ["hidden", "after_due_date", AfterPublished, "visible"];

    private const string Visibility = "visible";

    /// <inheritdoc/>
    public string Name => "gradescope";

    /// <inheritdoc/>
    public void Write(GradeReport report, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WritePoints("score", report.Score);
            json.WriteString("output", Printable.Clean(Summary(report)));
            json.WriteString("visibility", Visibility);
            json.WriteStartArray("tests");
            foreach (var kata in report.Katas)
            {
                WriteKata(json, kata);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private void WriteKata(Utf8JsonWriter json, KataGrade kata)
    {
        if (KataProblems.CouldNotRun(kata))
        {
            WriteTest(json, $"{kata.Id}: {kata.Title}", 0, kata.MaxScore, passed: false, KataProblems.Describe(kata), Visibility);
            return;
        }

        foreach (var test in kata.Tests)
        {
            var passed = test.Status == TestStatus.Passed;
            var text = passed ? "Passed." : test.Message.Length > 0 ? test.Message : StatusText.Headline(test.Status) + ".";
            WriteTest(json, $"{kata.Id}: {test.Name}", test.Points, test.MaxPoints, passed, text, test.Hidden ? hiddenVisibility : Visibility);
        }
    }

    private static void WriteTest(Utf8JsonWriter json, string name, double score, double maxScore, bool passed, string text, string visibility)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WritePoints("score", score);
        json.WritePoints("max_score", maxScore);
        json.WriteString("status", passed ? "passed" : "failed");
        json.WriteString("output", Printable.Clean(text));
        json.WriteString("visibility", visibility);
        json.WriteEndObject();
    }

    // The whole-submission box at the top of Gradescope's results page: the totals, a line per kata,
    // and whatever a kata with tests still has to say for itself (an error, an isolation note).
    private static string Summary(GradeReport report)
    {
        if (report.Error is not null)
        {
            return Advice.CouldNotGrade(report.Error);
        }

        var passed = report.Katas.Count(kata => kata.Status == KataStatus.Passed);
        var lines = new List<string>
        {
            $"Score: {Numbers.Human(report.Score)} / {Numbers.Human(report.MaxScore)} points; {passed} of {report.Katas.Count} katas passed.",
        };
        foreach (var kata in report.Katas)
        {
            lines.Add($"{kata.Id}: {StatusText.Words(kata.Status)} ({Numbers.Human(kata.Score)} / {Numbers.Human(kata.MaxScore)})");
            if (!KataProblems.CouldNotRun(kata) && kata.Error is not null)
            {
                lines.Add($"  {kata.Error}");
            }

            if (kata.Isolation is not null)
            {
                lines.Add($"  {kata.Isolation}");
            }
        }

        if (KataProblems.NothingPasses(report))
        {
            lines.Add(Advice.FirstStep(report.Katas[0].Id));
        }

        return string.Join('\n', lines);
    }
}
