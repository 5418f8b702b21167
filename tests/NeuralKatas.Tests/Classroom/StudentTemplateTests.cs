using System.Text.Json;
using System.Text.RegularExpressions;
using NeuralKatas.Grader.Authoring;
using NeuralKatas.Grader.Classroom;

namespace NeuralKatas.Tests.Classroom;

/// <summary>`classroom export`: what the student template holds, and that it builds and grades on its own.</summary>
[TestFixture]
public sealed class StudentTemplateTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(3);

    private DirectoryInfo scratch = null!;

    [SetUp]
    public void CreateScratch() => scratch = Directory.CreateTempSubdirectory("neuralkatas-template-test-");

    [TearDown]
    public void DeleteScratch() => scratch.Delete(recursive: true);

    [Test]
    public void The_template_holds_stubs_tests_snapshot_grader_and_workflows_and_no_solutions()
    {
        var course = RepositoryRoot.Course;
        var template = Path.Combine(scratch.FullName, "template");

        var written = TemplateExporter.Export(course, template);

        Assert.Multiple(() =>
        {
            foreach (var stub in KataStubs.Generate(course))
            {
                var relative = Path.GetRelativePath(course.Root, stub.StubPath);
                Assert.That(File.ReadAllText(Path.Combine(template, relative)), Is.EqualTo(stub.Text), $"{relative} is the generated stub");
            }

            foreach (var kata in course.Manifest.Katas)
            {
                Assert.That(kata.TestFiles.Select(file => Path.Combine(template, "katas", kata.Id, file)), Has.All.Exist);
            }

            Assert.That(Path.Combine(template, "katas", "05-train", "Tests", "Snapshots", "xor-default.snapshot.json"), Does.Exist);
            foreach (var file in new[] { "README.md", ".gitignore", "global.json", "Directory.Build.props", "Directory.Packages.props", "NeuralKatas.sln",
                "grader/NeuralKatas.Grader.csproj", "katas/katas.json", ".github/workflows/classroom.yml", ".github/classroom/autograding.json" })
            {
                Assert.That(written, Does.Contain(file));
            }

            foreach (var absent in new[] { "solutions", "tests", "docs", ".ci", ".git" })
            {
                Assert.That(Path.Combine(template, absent), Does.Not.Exist);
            }

            Assert.That(Path.Combine(template, ".github", "workflows", "ci.yml"), Does.Not.Exist, "This repository's CI builds solutions/ and tests/.");
            Assert.That(written, Has.None.Match("(^|/)(bin|obj)/"));
            Assert.That(File.ReadAllText(Path.Combine(template, "README.md")), Does.Contain("## How you are graded").And.Contain("## The snapshot check"));
        });
    }

    [Test]
    public void The_template_s_solution_file_lists_only_projects_it_has()
    {
        var template = Path.Combine(scratch.FullName, "template");
        TemplateExporter.Export(RepositoryRoot.Course, template);

        var solution = File.ReadAllText(Path.Combine(template, "NeuralKatas.sln"));
        var projects = Regex.Matches(solution, @"""([^""]+\.(?:cs|fs)proj)""").Select(m => m.Groups[1].Value.Replace('\\', '/')).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(projects, Has.Some.EqualTo("grader/NeuralKatas.Grader.csproj"));
            Assert.That(projects, Has.Some.StartsWith("katas/"));
            Assert.That(projects.Select(project => Path.Combine(template, project)), Has.All.Exist);
            Assert.That(solution, Does.Not.Contain("solutions").And.Not.Contain("Benchmarks"));
        });
    }

    [Test]
    public void Export_refuses_a_folder_that_is_not_empty()
    {
        File.WriteAllText(Path.Combine(scratch.FullName, "keep.txt"), "mine");

        Assert.That(() => TemplateExporter.Export(RepositoryRoot.Course, scratch.FullName),
            Throws.TypeOf<TemplateExportException>().With.Message.Contains("not empty"));
    }

    /// <summary>
    /// The slow one (a from-scratch build): export, `dotnet build`, then the Classroom workflow's
    /// run steps in order, as GitHub would run them, and the reporter's arithmetic on their
    /// outputs: 0 points as shipped; then the reference solutions copied in and the grading steps
    /// again, full points; then one autograding.json entry. The grader is built once.
    /// </summary>
    [Test]
    [Category("Slow")]
    public void The_exported_template_builds_and_its_workflow_gives_zero_as_shipped_and_full_points_when_solved()
    {
        var course = RepositoryRoot.Course;
        var template = Path.Combine(scratch.FullName, "template");
        TemplateExporter.Export(course, template);
        var total = course.Manifest.Katas.Sum(kata => kata.Points);

        var build = ShellStep.Run("dotnet build", template, new Dictionary<string, string>(), BuildTimeout);
        Assert.That(build.ExitCode, Is.Zero, build.Output);

        var workflow = Workflow.Read(Path.Combine(template, ".github", "workflows", "classroom.yml"));
        var environment = Workflow.Map(workflow.Root, "env");
        var outputs = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var step in workflow.Steps.Where(step => step.Run is not null))
        {
            var result = ShellStep.Run(step.Run!, template, environment, step.Run!.Contains("dotnet build", StringComparison.Ordinal) ? BuildTimeout : StepTimeout);
            Assert.That(result.ExitCode, Is.Zero, $"{step.Name}:\n{result.Output}");
            if (step.Run.Contains("--format markdown", StringComparison.Ordinal))
            {
                Assert.That(result.Summary, Does.Contain("01-sigmoid"), "The feedback step writes the job summary.");
            }

            if (step.Id is not null)
            {
                outputs[step.Id] = result.Outputs;
            }
        }

        var shipped = Report(workflow, outputs);
        Assert.That(shipped.SentToClassroom, Is.EqualTo((0.0, (double)total)));

        foreach (var kata in course.Manifest.Katas)
        {
            foreach (var file in kata.LearnerFiles)
            {
                File.Copy(Path.Combine(course.SolutionsDirectory, kata.Id, file), Path.Combine(template, "katas", kata.Id, file), overwrite: true);
            }
        }

        foreach (var (step, _) in WorkflowFileTests.GradingSteps(workflow))
        {
            var result = ShellStep.Run(step.Run!, template, environment, StepTimeout);
            Assert.That(result.ExitCode, Is.Zero, $"{step.Name}:\n{result.Output}");
            outputs[step.Id!] = result.Outputs;
        }

        var solved = Report(workflow, outputs);
        Assert.Multiple(() =>
        {
            Assert.That(solved.SentToClassroom, Is.EqualTo(((double)total, (double)total)));
            Assert.That(solved.Runners.Select(runner => runner.Result.GetProperty("status").GetString()), Is.All.EqualTo("pass"));
            Assert.That(solved.Runners.Select(runner => runner.PrintedPoints), Is.EqualTo(solved.Runners.Select(runner => runner.SentPoints)));
        });

        using var autograding = JsonDocument.Parse(File.ReadAllText(Path.Combine(template, ".github", "classroom", "autograding.json")));
        var entry = autograding.RootElement.GetProperty("tests")[course.Manifest.Katas.Count - 1];
        var legacy = ShellStep.Run($"{entry.GetProperty("setup").GetString()}\n{entry.GetProperty("run").GetString()}\n", template, environment, BuildTimeout);
        Assert.That(legacy.ExitCode, Is.Zero, $"The older runner passes a solved kata on exit code 0:\n{legacy.Output}");
    }

    // The reporter step: its env values are `${{ steps.<id>.outputs.result }}`, resolved from the outputs the steps wrote.
    private static ReporterModel Report(Workflow workflow, Dictionary<string, IReadOnlyDictionary<string, string>> outputs)
    {
        var reporter = workflow.Steps[^1];
        var environment = reporter.Env.ToDictionary(
            pair => pair.Key,
            pair => Regex.Replace(pair.Value, @"\$\{\{ steps\.(\w+)\.outputs\.(\w+) \}\}", m => outputs[m.Groups[1].Value][m.Groups[2].Value]));
        return ReporterModel.Read(reporter.With["runners"], environment);
    }
}
