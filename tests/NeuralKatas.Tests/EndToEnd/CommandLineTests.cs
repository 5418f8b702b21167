using System.Text.Json;
using NeuralKatas.Grader.Commands;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Tests.Loading;
using NeuralKatas.Tests.Scenarios;

namespace NeuralKatas.Tests.EndToEnd;

/// <summary>The grader's command line, run as a process: exit codes, what lands on stdout and stderr, and files written.</summary>
[TestFixture]
public sealed class CommandLineTests
{
    private static string Root => RepositoryRoot.Course.Root;

    private static string Solutions => RepositoryRoot.Course.SolutionsDirectory;

    [Test]
    public void The_grader_assembly_is_built_beside_the_tests() =>
        Assert.That(File.Exists(GraderProcess.Assembly), Is.True, $"No grader at {GraderProcess.Assembly}.");

    [Test]
    public void Grading_the_solutions_exits_0_with_a_table_of_every_kata()
    {
        var run = GraderProcess.Run(Root, "grade", Solutions);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        Assert.That(run.Output, Does.Contain("50 / 50"), run.ToString());
        foreach (var kata in RepositoryRoot.Course.Manifest.Katas)
        {
            Assert.That(run.Output, Does.Contain(kata.Id).And.Contain(kata.Title), run.ToString());
        }
    }

    [Test]
    public void Grading_with_no_path_grades_the_shipped_katas_exits_1_and_gives_a_first_step()
    {
        var run = GraderProcess.Run(Root, "grade");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.NotPassing), run.ToString());
        Assert.That(run.Output, Does.Contain("0 / 50"), run.ToString());
        Assert.That(run.Output, Does.Contain("katas/01-sigmoid/README.md"), run.ToString());
    }

    // --out is the one name for where output goes, in every verb; --output is the old one, kept for a release.
    [TestCase("--out")]
    [TestCase("--output")]
    public void A_json_report_goes_to_the_output_file_and_gives_the_solutions_full_marks(string option)
    {
        using var work = new TemporaryFolder();
        var report = Path.Combine(work.Path, "r.json");

        var run = GraderProcess.Run(Root, "grade", Solutions, "--format", "json", option, report);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        Assert.That(File.Exists(report), Is.True, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var score = json.RootElement.GetProperty("score").GetDouble();
        Assert.That(score, Is.EqualTo(json.RootElement.GetProperty("max_score").GetDouble()).And.EqualTo(50));
        Assert.That(json.RootElement.GetProperty("submission").GetString(), Is.EqualTo("solutions"));
    }

    [Test]
    public void Grading_one_kata_reports_that_kata_only()
    {
        var run = GraderProcess.Run(Root, "grade", Solutions, "--kata", "01-sigmoid");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        Assert.That(run.Output, Does.Contain("01-sigmoid").And.Contain("10 / 10"), run.ToString());
        Assert.That(run.Output, Does.Not.Contain("02-init"), run.ToString());
    }

    [Test]
    public void An_unknown_format_exits_2_and_lists_the_formats()
    {
        var run = GraderProcess.Run(Root, "grade", "--format", "nope");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.ToString());
        Assert.That(run.Error, Does.Contain("nope"), run.ToString());
        foreach (var format in ReportWriters.Names)
        {
            Assert.That(run.Error, Does.Contain(format), run.ToString());
        }
    }

    [Test]
    public void A_path_that_does_not_exist_exits_2_and_says_so()
    {
        var run = GraderProcess.Run(Root, "grade", "/no/such/path");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.ToString());
        Assert.That(run.Error, Does.Contain("/no/such/path").And.Contain("no file or folder"), run.ToString());
        Assert.That(run.Output, Is.Empty, run.ToString());
    }

    [Test]
    public void A_zip_with_a_traversal_entry_exits_2_and_names_the_entry()
    {
        using var work = new TemporaryFolder();
        var zip = TraversalZip.WriteInto(work.Path);

        var run = GraderProcess.Run(work.Path, "grade", zip);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.ToString());
        Assert.That(run.Error, Does.Contain(TraversalZip.EvilEntry), run.ToString());
        Assert.That(File.Exists(Path.Combine(work.Path, "evil.cs")), Is.False);
    }

    [Test]
    public void An_endless_loop_is_stopped_at_the_time_limit_and_the_exit_code_still_reflects_the_grade()
    {
        using var work = new TemporaryFolder();
        var scenario = ScenarioCatalogue.Cases().Single(s => s.Name == "hostile-endless-loop");
        var submission = ScenarioSubmission.Build(scenario, work.Path);

        var run = GraderProcess.Run(work.Path, "grade", submission, "--kata", "05-train", "--time-limit", "2");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.NotPassing), run.ToString());
        Assert.That(run.Output, Does.Contain("timed out").And.Contain("more than 2 s"), run.ToString());
    }

    [Test]
    public void The_launcher_runs_the_built_grader_and_finds_a_kata_by_its_number()
    {
        using var home = new TemporaryFolder();
        var run = Classroom.ShellStep.Run("grader/nk hint 1 --level 1", Root, new Dictionary<string, string> { ["NEURALKATAS_HOME"] = home.Path }, TimeSpan.FromMinutes(5));

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("Hint 1 of 3 for 01-sigmoid"), run.Output);
    }

    [Test]
    public void Help_lists_the_verbs()
    {
        var run = GraderProcess.Run(Root, "--help");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        Assert.That(run.Output, Does.Contain("grade").And.Contain("batch").And.Contain("dev"), run.ToString());
    }
}
