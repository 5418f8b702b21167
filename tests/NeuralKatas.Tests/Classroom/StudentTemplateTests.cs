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
                "grader/NeuralKatas.Grader.csproj", "katas/katas.json", ".github/workflows/classroom.yml", ProtectedFiles.RecordPath })
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
    public void The_student_readme_says_the_run_stays_red_until_all_pass_what_a_compile_error_costs_the_verbs_and_the_fsharp_stubs()
    {
        var readme = StudentReadme.Text(RepositoryRoot.Course.Manifest);

        Assert.Multiple(() =>
        {
            Assert.That(readme, Does.Contain("The run stays red until every test passes."));
            Assert.That(readme, Does.Contain("a kata that does not compile scores 0, and so does every"));
            foreach (var verb in new[] { "watch", "run [KATA]", "list", "hint [KATA]" })
            {
                Assert.That(readme, Does.Contain($"| `{verb}` |"));
            }

            Assert.That(readme, Does.Contain("katas/NN-name/fsharp/*.fs").And.Contain("-p:KataLanguage=fsharp"));
            Assert.That(readme, Does.Contain(ProtectedFiles.RecordPath).And.Contain("integrity"));
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

    [Test]
    public void The_template_records_the_digest_of_every_protected_file_and_of_no_learner_file()
    {
        var course = RepositoryRoot.Course;
        var template = Path.Combine(scratch.FullName, "template");

        TemplateExporter.Export(course, template);
        var record = File.ReadAllLines(Path.Combine(template, ProtectedFiles.RecordPath)).ToDictionary(line => line[66..], line => line[..64]);

        Assert.Multiple(() =>
        {
            foreach (var file in new[] { "katas/katas.json", "katas/01-sigmoid/Tests/ActivationTests.cs", "katas/05-train/Tests/Snapshots/xor-default.snapshot.json",
                "katas/TestSupport/Fixtures.cs", ".github/workflows/classroom.yml", "grader/NeuralKatas.Grader.csproj", "grader/Program.cs" })
            {
                Assert.That(record, Does.ContainKey(file));
                Assert.That(record[file], Is.EqualTo(ProtectedFiles.Digest(Path.Combine(template, file))), file);
            }

            foreach (var kata in course.Manifest.Katas)
            {
                Assert.That(record.Keys, Has.None.EqualTo($"katas/{kata.Id}/{kata.LearnerFiles[0]}").And.None.EqualTo($"katas/{kata.Id}/README.md"));
            }

            Assert.That(ProtectedFiles.ChangedSinceExport(template, course.Manifest), Is.Empty);
        });
    }

    [Test]
    public void A_changed_deleted_or_added_protected_file_is_reported_by_name_since_the_export()
    {
        var course = RepositoryRoot.Course;
        var template = Path.Combine(scratch.FullName, "template");
        TemplateExporter.Export(course, template);

        File.AppendAllText(Path.Combine(template, "katas", "01-sigmoid", "Tests", "ActivationTests.cs"), "// mine\n");
        File.Delete(Path.Combine(template, "katas", "TestSupport", "Fixtures.cs"));
        File.WriteAllText(Path.Combine(template, "grader", "Extra.cs"), "class Extra { }\n");
        File.AppendAllText(Path.Combine(template, "katas", "01-sigmoid", course.Manifest.Katas[0].LearnerFiles[0]), "// my work\n");

        var changed = ProtectedFiles.ChangedSinceExport(template, course.Manifest);

        Assert.That(changed, Is.EqualTo(new[]
        {
            "grader/Extra.cs (added)",
            "katas/01-sigmoid/Tests/ActivationTests.cs",
            "katas/TestSupport/Fixtures.cs (deleted)",
        }));
    }

    [Test]
    public void Line_endings_changed_by_a_windows_checkout_are_no_change()
    {
        var file = Path.Combine(scratch.FullName, "a.cs");
        File.WriteAllText(file, "a\nb\n");
        var unix = ProtectedFiles.Digest(file);

        File.WriteAllText(file, "a\r\nb\r\n");

        Assert.That(ProtectedFiles.Digest(file), Is.EqualTo(unix));
    }

    /// <summary>
    /// The slow one (a from-scratch build): export, then the Classroom workflow's run steps in order,
    /// as GitHub would run them, and the reporter's arithmetic on the grading step's outputs: 0 points
    /// as shipped; full points with the reference solutions copied in; 20 points when kata 03 then
    /// does not compile (no solutions in a template: 04 and 05 compile it too), with a changed test
    /// file named by the integrity runner; and a result for every runner when the grader cannot run.
    /// </summary>
    [Test]
    [Category("Slow")]
    public void The_exported_template_s_workflow_sends_what_its_readme_promises()
    {
        var course = RepositoryRoot.Course;
        var template = Path.Combine(scratch.FullName, "template");
        TemplateExporter.Export(course, template);
        var workflow = Workflow.Read(Path.Combine(template, ".github", "workflows", "classroom.yml"));
        var environment = Workflow.Map(workflow.Root, "env");
        var build = workflow.Steps.Single(step => step.Run?.StartsWith("dotnet build", StringComparison.Ordinal) == true);
        var grade = workflow.Steps.Single(step => step.Id == "grade");

        var built = ShellStep.Run(build.Run!, template, environment, BuildTimeout);
        Assert.That(built.ExitCode, Is.Zero, built.Output);

        var shipped = Graded(workflow, grade, template, environment);
        Assert.That(shipped.Notices[0], Is.EqualTo("Points 0/50"));

        foreach (var kata in course.Manifest.Katas)
        {
            foreach (var file in kata.LearnerFiles)
            {
                File.Copy(Path.Combine(course.SolutionsDirectory, kata.Id, file), Path.Combine(template, "katas", kata.Id, file), overwrite: true);
            }
        }

        var solved = Graded(workflow, grade, template, environment);
        Assert.Multiple(() =>
        {
            Assert.That(solved.Notices[0], Is.EqualTo("Points 50/50"));
            Assert.That(solved.Failure, Is.Null);
        });

        var forward = Path.Combine(template, "katas", "03-forward", course.Manifest.Katas[2].LearnerFiles[0]);
        File.AppendAllText(forward, "this is not C#\n");
        File.AppendAllText(Path.Combine(template, "katas", "01-sigmoid", "Tests", "ActivationTests.cs"), "// mine\n");
        var broken = Graded(workflow, grade, template, environment);
        Assert.Multiple(() =>
        {
            Assert.That(broken.Notices[0], Is.EqualTo("Points 20/50"));
            Assert.That(broken.Log, Does.Contain("❌ Protected files changed: katas/01-sigmoid/Tests/ActivationTests.cs"));
        });

        File.WriteAllText(Path.Combine(template, "katas", "katas.json"), "{ not json");
        var failed = Graded(workflow, grade, template, environment);
        Assert.Multiple(() =>
        {
            Assert.That(failed.Runners, Has.Count.EqualTo(6));
            Assert.That(failed.Notices[0], Is.EqualTo("Points 0/50"));
            Assert.That(failed.Log, Has.Some.StartsWith("Error: The grader could not run"));
        });
    }

    // The grading step, then the reporter step: its env values are `${{ steps.grade.outputs.<id> }}`.
    private static ReporterModel Graded(Workflow workflow, Workflow.Step grade, string template, IReadOnlyDictionary<string, string> environment)
    {
        var result = ShellStep.Run(grade.Run!, template, environment, StepTimeout);
        Assert.That(result.ExitCode, Is.Zero, $"{grade.Name}:\n{result.Output}");
        var reporter = workflow.Steps[^1];
        var variables = reporter.Env.ToDictionary(
            pair => pair.Key,
            pair => Regex.Replace(pair.Value, @"\$\{\{ steps\.grade\.outputs\.(\w+) \}\}", m => result.Outputs.GetValueOrDefault(m.Groups[1].Value, string.Empty)));
        return ReporterModel.Read(reporter.With["runners"], variables);
    }
}
