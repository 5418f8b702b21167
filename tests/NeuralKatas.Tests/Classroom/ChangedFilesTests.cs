using NeuralKatas.Grader.Classroom;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Tests.Reporting;

namespace NeuralKatas.Tests.Classroom;

/// <summary>`batch` evidence: which protected files a submission changed, compared with the instructor's own course.</summary>
[TestFixture]
public sealed class ChangedFilesTests
{
    private DirectoryInfo scratch = null!;

    [SetUp]
    public void CreateScratch() => scratch = Directory.CreateTempSubdirectory("neuralkatas-changed-test-");

    [TearDown]
    public void DeleteScratch() => scratch.Delete(recursive: true);

    [Test]
    public void A_clone_s_changed_test_workflow_and_added_grader_file_are_listed_and_its_own_code_is_not()
    {
        var course = RepositoryRoot.Course;
        var clone = Path.Combine(scratch.FullName, "alice");
        TemplateExporter.Export(course, clone);
        File.AppendAllText(Path.Combine(clone, "katas", "02-init", "Tests", "InitializationTests.cs"), "// easier\n");
        File.AppendAllText(Path.Combine(clone, ".github", "workflows", "classroom.yml"), "# mine\n");
        File.WriteAllText(Path.Combine(clone, "grader", "Backdoor.cs"), "class Backdoor { }\n");
        File.Copy(Path.Combine(course.SolutionsDirectory, "01-sigmoid", "Activation.cs"), Path.Combine(clone, "katas", "01-sigmoid", "Activation.cs"), overwrite: true);

        var changed = ProtectedFiles.ChangedIn(course.Root, course.Manifest, Path.Combine(clone, "katas"));

        Assert.That(changed, Is.EqualTo(new[]
        {
            ".github/workflows/classroom.yml",
            "grader/Backdoor.cs (added)",
            "katas/02-init/Tests/InitializationTests.cs",
        }));
    }

    [Test]
    public void A_bare_katas_folder_is_compared_only_for_what_a_katas_folder_holds()
    {
        var course = RepositoryRoot.Course;
        var clone = Path.Combine(scratch.FullName, "bob");
        TemplateExporter.Export(course, clone);
        var katas = Path.Combine(scratch.FullName, "submission-of-bob");
        Directory.Move(Path.Combine(clone, "katas"), katas);
        File.WriteAllText(Path.Combine(katas, "katas.json"), "{}");

        var changed = ProtectedFiles.ChangedIn(course.Root, course.Manifest, katas);

        Assert.That(changed, Is.EqualTo(new[] { "katas/katas.json" }));
    }

    [Test]
    public void The_gradebook_and_the_feedback_list_the_changed_files_as_evidence()
    {
        var report = SampleReports.Batch[0] with { ChangedFiles = ["katas/katas.json", "katas/01-sigmoid/Tests/ActivationTests.cs"] };

        var csv = Rendered.Text(output => new CsvGradebook().Write([report], SampleReports.KataIds, output));
        var feedback = Rendered.Text(new MarkdownFeedbackWriter(), report);

        Assert.Multiple(() =>
        {
            Assert.That(csv.Split("\r\n")[1], Does.EndWith(",katas/katas.json; katas/01-sigmoid/Tests/ActivationTests.cs"));
            Assert.That(feedback, Does.Contain("## Protected files changed").And.Contain("- `katas/katas.json`"));
        });
    }
}
