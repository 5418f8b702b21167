using NeuralKatas.Grader.Classroom;
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
    public void Classroom_workflow_and_job_carry_the_names_the_reporter_requires_to_upload_scores()
    {
        var workflow = Classroom;

        Assert.Multiple(() =>
        {
            Assert.That(Workflow.Scalar(workflow.Root, "name"), Is.EqualTo("Autograding Tests"));
            Assert.That(((YamlMappingNode)workflow.Root["jobs"]).Children.Keys.Select(key => ((YamlScalarNode)key).Value), Is.EqualTo(new[] { "run-autograding-tests" }));
        });
    }

    [Test]
    public void One_step_grades_every_kata_and_the_reporter_reads_each_runner_from_its_outputs()
    {
        var workflow = Classroom;
        var runners = ClassroomRunner.For(RepositoryRoot.Course.Manifest);
        var grading = workflow.Steps.Where(step => step.Run?.Contains("classroom grade", StringComparison.Ordinal) == true).ToList();
        var reporter = workflow.Steps[^1];

        Assert.Multiple(() =>
        {
            Assert.That(grading, Has.Count.EqualTo(1), "Every kata is graded once, in one grader process.");
            Assert.That(grading[0].Id, Is.EqualTo("grade"));
            Assert.That(reporter.Uses, Is.EqualTo("classroom-resources/autograding-grading-reporter@v1"));
            Assert.That(reporter.With["runners"], Is.EqualTo(string.Join(',', runners.Select(runner => runner.Id))));
            Assert.That(reporter.Env, Is.EquivalentTo(runners.ToDictionary(runner => runner.Variable, runner => $"${{{{ steps.grade.outputs.{runner.Id} }}}}")));
            Assert.That(Workflow.Scalar(grading[0].Node, "if"), Is.EqualTo("${{ !cancelled() }}"), "The results are written even when the build failed.");
            Assert.That(Workflow.Scalar(reporter.Node, "if"), Is.EqualTo("${{ !cancelled() }}"));
        });
    }

    [Test]
    public void The_fallback_list_of_runners_and_points_agrees_with_the_manifest()
    {
        var expected = string.Join(' ', RepositoryRoot.Course.Manifest.Katas
            .Select(kata => $"{ClassroomRunner.IdOf(kata.Id)}:{kata.Points}")
            .Append($"{ClassroomRunner.IntegrityId}:0"));

        Assert.That(Workflow.Map(Classroom.Root, "env")["RUNNERS"], Is.EqualTo(expected));
    }

    [Test]
    public void Packages_are_cached_between_pushes_and_the_grader_is_built_without_plotting()
    {
        var steps = Classroom.Steps.ToList();
        var cache = steps.Single(step => step.Uses?.StartsWith("actions/cache@", StringComparison.Ordinal) == true);
        var build = steps.Single(step => step.Run?.StartsWith("dotnet build", StringComparison.Ordinal) == true);

        Assert.Multiple(() =>
        {
            Assert.That(cache.With["path"], Is.EqualTo("~/.nuget/packages"));
            Assert.That(cache.With["key"], Does.Contain("hashFiles('Directory.Packages.props', 'grader/*.csproj')"));
            Assert.That(steps.IndexOf(cache), Is.LessThan(steps.IndexOf(build)));
            Assert.That(build.Run, Is.EqualTo("dotnet build grader -p:Plotting=false"));
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
}
