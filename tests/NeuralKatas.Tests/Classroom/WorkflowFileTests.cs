using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace NeuralKatas.Tests.Classroom;

/// <summary>
/// The workflows can't run here, so these read them with a real YAML parser and check what GitHub
/// and the reporter would do with them. <see cref="StudentTemplateTests"/> runs their commands.
/// </summary>
[TestFixture]
public sealed class WorkflowFileTests
{
    private static readonly string Root = RepositoryRoot.Course.Root;

    private static Workflow Classroom => Workflow.Read(Path.Combine(Root, ".github", "workflows", "classroom.yml"));

    private static Workflow Ci => Workflow.Read(Path.Combine(Root, ".github", "workflows", "ci.yml"));

    private static IReadOnlyList<string> KataIds => [.. RepositoryRoot.Course.Manifest.Katas.Select(kata => kata.Id)];

    [Test]
    public void Classroom_workflow_runs_on_push_but_not_for_the_classroom_bot_s_commits()
    {
        var workflow = Classroom;
        var on = (YamlMappingNode)workflow.Root["on"];

        Assert.Multiple(() =>
        {
            Assert.That(on.Children.Keys.Select(key => ((YamlScalarNode)key).Value), Does.Contain("push"));
            Assert.That(Workflow.Scalar(workflow.Job, "if"), Does.Contain("github.actor != 'github-classroom[bot]'"));
        });
    }

    [Test]
    public void Both_workflows_only_read_the_repository()
    {
        foreach (var workflow in new[] { Classroom, Ci })
        {
            Assert.That(Workflow.Map(workflow.Root, "permissions"), Is.EquivalentTo(new Dictionary<string, string> { ["contents"] = "read" }), workflow.Path);
        }
    }

    [Test]
    public void Both_workflows_set_up_dotnet_10()
    {
        foreach (var workflow in new[] { Classroom, Ci })
        {
            var setup = workflow.Steps.Single(step => step.Uses?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
            Assert.That(setup.With["dotnet-version"], Does.StartWith("10."), workflow.Path);
            Assert.That(workflow.Steps[0].Uses, Does.StartWith("actions/checkout@"), workflow.Path);
        }
    }

    [Test]
    public void Classroom_workflow_grades_each_kata_of_the_manifest_in_a_step_of_its_own_with_a_plain_id()
    {
        var grading = GradingSteps(Classroom);

        Assert.Multiple(() =>
        {
            Assert.That(grading.Select(step => step.Kata), Is.EqualTo(KataIds));
            foreach (var (step, kata) in grading)
            {
                Assert.That(step.Id, Does.Match("^[a-zA-Z0-9]+$"), "The reporter's runners input accepts letters and digits only.");
                Assert.That(step.Run, Does.Contain("--format classroom"));
                Assert.That(step.Run, Does.Contain(">> \"$GITHUB_OUTPUT\"").And.Contain("result="), "The reporter reads the step output named result.");
            }
        });
    }

    [Test]
    public void Classroom_reporter_reads_every_grading_step_s_result_and_nothing_else()
    {
        var workflow = Classroom;
        var ids = GradingSteps(workflow).Select(step => step.Step.Id!).ToList();
        var reporter = workflow.Steps[^1];

        Assert.Multiple(() =>
        {
            Assert.That(reporter.Uses, Does.StartWith("classroom-resources/autograding-grading-reporter@"));
            Assert.That(reporter.With["runners"].Split(','), Is.EqualTo(ids));
            Assert.That(reporter.Env, Is.EquivalentTo(ids.ToDictionary(id => id.ToUpperInvariant() + "_RESULTS", id => $"${{{{ steps.{id}.outputs.result }}}}")));
        });
    }

    [Test]
    public void Run_scripts_use_no_expressions_so_running_them_locally_runs_what_github_runs()
    {
        var scripts = Classroom.Steps.Concat(Ci.Steps).Select(step => step.Run).OfType<string>();

        Assert.That(scripts, Has.None.Contain("${{"));
    }

    [Test]
    public void Ci_builds_runs_the_readme_s_test_command_and_grades_the_solutions()
    {
        var runs = Ci.Steps.Select(step => step.Run).OfType<string>().ToList();
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));

        Assert.Multiple(() =>
        {
            Assert.That(runs, Has.Some.EqualTo("dotnet build NeuralKatas.sln"));
            Assert.That(runs, Has.Some.EqualTo("dotnet test tests/NeuralKatas.Tests"));
            Assert.That(readme, Does.Contain("dotnet test tests/NeuralKatas.Tests\n"), "ci.yml runs the test command README.md gives.");
            Assert.That(runs, Has.Some.Match(@"^dotnet run --project grader( --no-build)? -- grade solutions$"));
            Assert.That(File.Exists(Path.Combine(Root, "NeuralKatas.sln")), Is.True);
        });
    }

    [Test]
    public void Autograding_json_has_one_entry_per_kata_with_its_points_a_timeout_and_a_kata_filter()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, ".github", "classroom", "autograding.json")));
        var tests = document.RootElement.GetProperty("tests").EnumerateArray().ToList();
        var katas = RepositoryRoot.Course.Manifest.Katas;

        Assert.That(tests, Has.Count.EqualTo(katas.Count));
        Assert.Multiple(() =>
        {
            foreach (var (test, kata) in tests.Zip(katas))
            {
                Assert.That(test.GetProperty("name").GetString(), Is.EqualTo($"{kata.Id}: {kata.Title}"));
                Assert.That(test.GetProperty("points").GetInt32(), Is.EqualTo(kata.Points));
                Assert.That(test.GetProperty("timeout").GetInt32(), Is.InRange(1, 60), "Minutes, setup included.");
                Assert.That(test.GetProperty("run").GetString(), Is.EqualTo($"dotnet run --project grader --no-build -- grade --kata {kata.Id}"));
                Assert.That(test.GetProperty("setup").GetString(), Is.EqualTo("dotnet build grader"));
                Assert.That(test.GetProperty("comparison").GetString(), Is.AnyOf("included", "exact", "regex"));
            }
        });
    }

    /// <summary>The steps that grade one kata for Classroom, with the kata each grades.</summary>
    public static IReadOnlyList<(Workflow.Step Step, string Kata)> GradingSteps(Workflow workflow) =>
        [.. workflow.Steps
            .Where(step => step.Run?.Contains("--format classroom", StringComparison.Ordinal) == true)
            .Select(step => (step, Regex.Match(step.Run!, @"--kata (\S+)").Groups[1].Value))];
}
