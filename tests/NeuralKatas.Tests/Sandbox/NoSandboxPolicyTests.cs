using System.Text.Json;
using NeuralKatas.Grader.Commands;
using NeuralKatas.Grader.Sandbox;
using NeuralKatas.Tests.EndToEnd;
using NeuralKatas.Tests.Loading;

namespace NeuralKatas.Tests.Sandbox;

/// <summary>
/// The grader where bubblewrap is missing (NEURALKATAS_BWRAP names a file that does not exist):
/// someone else's code is refused in one line that says how to get the sandbox, unless
/// --no-sandbox is passed; the learner's own katas are graded either way; every report says which.
/// </summary>
[TestFixture]
public sealed class NoSandboxPolicyTests
{
    private static readonly Dictionary<string, string> WithoutBwrap = new() { [SandboxAvailability.BwrapVariable] = "/nonexistent/bwrap" };

    private static string Root => RepositoryRoot.Course.Root;

    [Test]
    public void Without_bubblewrap_grading_another_folder_is_refused_in_one_line_that_says_how_to_get_it()
    {
        using var work = new TemporaryFolder();
        var submission = Copy(work);

        var run = GraderProcess.RunWith(Root, WithoutBwrap, null, "grade", submission);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.ToString());
        Assert.That(run.Error.Trim().Split('\n'), Has.Length.EqualTo(1), run.ToString());
        Assert.That(run.Error, Does.Contain("bubblewrap").And.Contain("apt-get install bubblewrap").And.Contain("--no-sandbox"));
        Assert.That(run.Output, Is.Empty);
    }

    [Test]
    public void Without_bubblewrap_a_batch_is_refused()
    {
        using var work = new TemporaryFolder();
        Copy(work);

        var run = GraderProcess.RunWith(Root, WithoutBwrap, null, "batch", work.Path, "--out", Path.Combine(work.Path, "out"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.ToString());
        Assert.That(run.Error, Does.Contain("apt-get install bubblewrap"));
        Assert.That(Directory.Exists(Path.Combine(work.Path, "out")), Is.False);
    }

    [Test]
    public void Without_bubblewrap_no_sandbox_grades_another_folder_and_the_report_says_none()
    {
        using var work = new TemporaryFolder();
        var submission = Copy(work);

        var run = GraderProcess.RunWith(Root, WithoutBwrap, null, "grade", submission, "--no-sandbox", "--kata", "01-sigmoid", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        Assert.That(Sandbox(run.Output), Is.EqualTo(SandboxReport.None));
    }

    [Test]
    public void Without_bubblewrap_the_learner_s_own_katas_are_graded_and_the_report_says_none()
    {
        var run = GraderProcess.RunWith(Root, WithoutBwrap, null, "grade", "--kata", "01-sigmoid", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.NotPassing), run.ToString());
        Assert.That(Sandbox(run.Output), Is.EqualTo(SandboxReport.None));
    }

    [Test]
    public void With_bubblewrap_another_folder_is_graded_in_the_sandbox_and_the_console_report_says_so()
    {
        using var work = new TemporaryFolder();
        var submission = Copy(work);

        var run = GraderProcess.Run(Root, "grade", submission, "--kata", "01-sigmoid");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        Assert.That(run.Output.Split('\n').Count(line => line.StartsWith("Sandbox: bubblewrap", StringComparison.Ordinal)), Is.EqualTo(1), run.Output);
    }

    [Test]
    public void No_sandbox_turns_the_sandbox_off_even_where_bubblewrap_is_installed()
    {
        using var work = new TemporaryFolder();
        var submission = Copy(work);

        var run = GraderProcess.Run(Root, "grade", submission, "--no-sandbox", "--kata", "01-sigmoid", "--format", "json");

        Assert.That(Sandbox(run.Output), Is.EqualTo(SandboxReport.None), run.ToString());
    }

    // The reference solutions as someone else's submission: work/student/katas/.
    private static string Copy(TemporaryFolder work)
    {
        var solutions = RepositoryRoot.Course.SolutionsDirectory;
        foreach (var file in Directory.EnumerateFiles(solutions, "*", SearchOption.AllDirectories))
        {
            work.WriteFile(Path.Combine("student", "katas", Path.GetRelativePath(solutions, file)), File.ReadAllText(file));
        }

        return Path.Combine(work.Path, "student");
    }

    private static string? Sandbox(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("sandbox").GetString();
    }
}
