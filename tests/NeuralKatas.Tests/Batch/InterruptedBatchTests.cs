using System.Diagnostics;
using System.Text.Json;
using NeuralKatas.Tests.EndToEnd;
using NeuralKatas.Tests.Loading;
using NeuralKatas.Tests.Scenarios;

namespace NeuralKatas.Tests.Batch;

/// <summary>A batch killed part way keeps, in whole files, the grades it had already given.</summary>
[TestFixture]
public sealed class InterruptedBatchTests
{
    // Only stops a grader that never grades alice from hanging the suite; generous, because a
    // machine busy with other builds can take minutes over a cold start.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    [Test]
    public void A_batch_killed_part_way_keeps_the_gradebook_and_feedback_of_the_students_already_graded()
    {
        using var work = new TemporaryFolder();
        var submissions = Path.Combine(work.Path, "class");
        ScenarioSubmission.Build(Case("reference-solutions") with { Name = "alice" }, submissions);
        ScenarioSubmission.Build(Case("hostile-endless-loop") with { Name = "zed" }, submissions);
        var output = Path.Combine(work.Path, "out");

        // One at a time, names in order: alice is graded, then zed's endless loop holds the batch
        // for its whole time limit, and the batch is killed in it.
        using var batch = StartGrader("batch", submissions, "--out", output, "--parallel", "1", "--time-limit", "60");
        var aliceFeedback = Path.Combine(output, "feedback", "alice.md");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(aliceFeedback) && !batch.HasExited && clock.Elapsed < Patience)
        {
            Thread.Sleep(50);
        }

        var exitedByItself = batch.HasExited;
        batch.Kill(entireProcessTree: true);
        batch.WaitForExit();

        Assert.That(exitedByItself, Is.False, "the batch should still be grading zed when it is killed");
        Assert.That(File.Exists(aliceFeedback), Is.True, $"alice was not graded within {Patience.TotalMinutes} minutes");
        Assert.That(File.ReadAllText(aliceFeedback), Does.Contain("50 / 50"));
        var rows = File.ReadAllText(Path.Combine(output, "grades.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(rows, Has.Length.EqualTo(2));
        Assert.That(rows[1], Does.StartWith("alice,10.00,10.00,10.00,10.00,10.00,50.00,50.00,"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "grades.json")));
        Assert.That(json.RootElement.GetProperty("students").EnumerateArray().Select(s => s.GetProperty("submission").GetString()), Is.EqualTo(new[] { "alice" }));
    }

    private static Scenario Case(string name) => ScenarioCatalogue.Cases().Single(s => s.Name == name);

    private static Process StartGrader(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Course.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(GraderProcess.Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
