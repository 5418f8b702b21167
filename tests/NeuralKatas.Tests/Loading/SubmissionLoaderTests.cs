using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Loading;

namespace NeuralKatas.Tests.Loading;

[TestFixture]
public sealed class SubmissionLoaderTests
{
    private TemporaryFolder work = null!;

    private static Manifest Manifest => RepositoryRoot.Course.Manifest;

    // Every learner file the manifest names, relative to the katas folder.
    private static IEnumerable<string> LearnerFiles =>
        Manifest.Katas.SelectMany(kata => kata.LearnerFiles.Select(file => $"{kata.Id}/{file}"));

    [SetUp]
    public void CreateWorkFolder() => work = new TemporaryFolder();

    [TearDown]
    public void DeleteWorkFolder() => work.Dispose();

    [Test]
    public void A_clone_of_the_repository_is_graded_from_its_katas_folder()
    {
        using var submission = SubmissionLoader.Load(RepositoryRoot.Course.Root, Manifest);

        Assert.That(submission.KatasRoot, Is.EqualTo(RepositoryRoot.Course.KatasDirectory));
        Assert.That(submission.TemporaryDirectory, Is.Null);
    }

    [Test]
    public void A_katas_folder_is_its_own_katas_root()
    {
        using var submission = SubmissionLoader.Load(RepositoryRoot.Course.KatasDirectory + Path.DirectorySeparatorChar, Manifest);

        Assert.That(submission.KatasRoot, Is.EqualTo(RepositoryRoot.Course.KatasDirectory));
        Assert.That(submission.Name, Is.EqualTo("katas"));
    }

    [Test]
    public void The_solutions_folder_loads_like_a_katas_folder()
    {
        using var submission = SubmissionLoader.Load(RepositoryRoot.Course.SolutionsDirectory, Manifest);

        Assert.That(submission.KatasRoot, Is.EqualTo(RepositoryRoot.Course.SolutionsDirectory));
    }

    [Test]
    public void A_folder_holding_a_single_clone_is_looked_into()
    {
        foreach (var file in LearnerFiles)
        {
            work.WriteFile($"ada/NeuralKatas/katas/{file}");
        }

        work.WriteFile("ada/notes.txt");

        using var submission = SubmissionLoader.Load(Path.Combine(work.Path, "ada"), Manifest);

        Assert.That(submission.Name, Is.EqualTo("ada"));
        Assert.That(submission.KatasRoot, Is.EqualTo(Path.Combine(work.Path, "ada", "NeuralKatas", "katas")));
    }

    [Test]
    public void A_GitHub_style_zip_wrapped_in_one_folder_is_unpacked_and_found()
    {
        var zip = new ZipBuilder()
            .Add("NeuralKatas-main/README.md", "# NeuralKatas\n")
            .AddEach(LearnerFiles.Select(file => $"NeuralKatas-main/katas/{file}"))
            .Add("__MACOSX/NeuralKatas-main/._README.md", "resource fork\n")
            .WriteTo(Path.Combine(work.Path, "ada-lovelace.zip"));

        using var submission = SubmissionLoader.Load(zip, Manifest);

        Assert.That(submission.Name, Is.EqualTo("ada-lovelace"));
        Assert.That(submission.TemporaryDirectory, Is.Not.Null);
        Assert.That(submission.KatasRoot, Is.EqualTo(Path.Combine(submission.TemporaryDirectory!, "NeuralKatas-main", "katas")));
        Assert.That(File.Exists(Path.Combine(submission.KatasRoot, "01-sigmoid", "Activation.cs")), Is.True);
    }

    [Test]
    public void A_zip_of_the_katas_folder_contents_is_found_at_its_top()
    {
        var zip = new ZipBuilder().AddEach(LearnerFiles).WriteTo(Path.Combine(work.Path, "grace.zip"));

        using var submission = SubmissionLoader.Load(zip, Manifest);

        Assert.That(submission.KatasRoot, Is.EqualTo(submission.TemporaryDirectory));
    }

    [Test]
    public void A_zip_holding_only_some_katas_still_loads()
    {
        var zip = new ZipBuilder().Add("katas/01-sigmoid/Activation.cs").WriteTo(Path.Combine(work.Path, "partial.zip"));

        using var submission = SubmissionLoader.Load(zip, Manifest);

        Assert.That(submission.KatasRoot, Is.EqualTo(Path.Combine(submission.TemporaryDirectory!, "katas")));
    }

    [Test]
    public void Disposing_a_zip_submission_deletes_what_was_unpacked()
    {
        var zip = new ZipBuilder().AddEach(LearnerFiles).WriteTo(Path.Combine(work.Path, "grace.zip"));
        var submission = SubmissionLoader.Load(zip, Manifest);

        submission.Dispose();

        Assert.That(Directory.Exists(submission.TemporaryDirectory), Is.False);
        Assert.That(File.Exists(zip), Is.True, "The submitted zip itself is never touched.");
    }

    [Test]
    public void Disposing_a_folder_submission_deletes_nothing()
    {
        var file = work.WriteFile("katas/01-sigmoid/Activation.cs");
        var submission = SubmissionLoader.Load(work.Path, Manifest);

        submission.Dispose();

        Assert.That(File.Exists(file), Is.True);
    }

    [Test]
    public void A_learner_file_that_is_a_symbolic_link_is_refused()
    {
        var outside = work.WriteFile("grader-secrets/HiddenTests.cs");
        work.WriteFile("clone/katas/02-init/Initialization.cs");
        Directory.CreateDirectory(Path.Combine(work.Path, "clone", "katas", "01-sigmoid"));
        File.CreateSymbolicLink(Path.Combine(work.Path, "clone", "katas", "01-sigmoid", "Activation.cs"), outside);

        var error = Assert.Throws<SubmissionException>(() => SubmissionLoader.Load(Path.Combine(work.Path, "clone"), Manifest));

        Assert.That(error.Message, Does.Contain("01-sigmoid/Activation.cs").And.Contain("symbolic link"));
    }

    [Test]
    public void An_fsharp_file_that_is_a_symbolic_link_is_refused()
    {
        var outside = work.WriteFile("grader-secrets/Training.fs");
        work.WriteFile("clone/katas/05-train/Training.cs");
        Directory.CreateDirectory(Path.Combine(work.Path, "clone", "katas", "05-train", "fsharp"));
        File.CreateSymbolicLink(Path.Combine(work.Path, "clone", "katas", "05-train", "fsharp", "Training.fs"), outside);

        var error = Assert.Throws<SubmissionException>(() => SubmissionLoader.Load(Path.Combine(work.Path, "clone"), Manifest));

        Assert.That(error.Message, Does.Contain("katas/05-train/fsharp/Training.fs").And.Contain("symbolic link"));
    }

    [Test]
    public void An_fsharp_folder_that_is_a_symbolic_link_is_refused()
    {
        work.WriteFile("solutions-elsewhere/Training.fs");
        work.WriteFile("clone/katas/05-train/Training.cs");
        Directory.CreateSymbolicLink(Path.Combine(work.Path, "clone", "katas", "05-train", "fsharp"), Path.Combine(work.Path, "solutions-elsewhere"));

        var error = Assert.Throws<SubmissionException>(() => SubmissionLoader.Load(Path.Combine(work.Path, "clone"), Manifest));

        Assert.That(error.Message, Does.Contain("katas/05-train/fsharp").And.Contain("symbolic link"));
    }

    [Test]
    public void A_katas_folder_that_is_a_symbolic_link_is_refused()
    {
        work.WriteFile("elsewhere/01-sigmoid/Activation.cs");
        Directory.CreateDirectory(Path.Combine(work.Path, "clone"));
        Directory.CreateSymbolicLink(Path.Combine(work.Path, "clone", "katas"), Path.Combine(work.Path, "elsewhere"));

        var error = Assert.Throws<SubmissionException>(() => SubmissionLoader.Load(Path.Combine(work.Path, "clone"), Manifest));

        Assert.That(error.Message, Does.StartWith("katas in ").And.Contain("symbolic link"));
    }

    [Test]
    public void A_submitted_folder_that_is_a_symbolic_link_is_refused()
    {
        work.WriteFile("elsewhere/katas/01-sigmoid/Activation.cs");
        var student = Path.Combine(work.Path, "student");
        Directory.CreateSymbolicLink(student, Path.Combine(work.Path, "elsewhere"));

        var error = Assert.Throws<SubmissionException>(() => SubmissionLoader.Load(student, Manifest));

        Assert.That(error.Message, Does.StartWith(student + " is a symbolic link"));
    }

    [Test]
    public void A_missing_path_is_reported_as_not_found()
    {
        var missing = Path.Combine(work.Path, "nobody");

        var error = Assert.Throws<SubmissionException>(() => SubmissionLoader.Load(missing, Manifest));

        Assert.That(error.Message, Does.Contain("no file or folder").And.Contain(missing));
    }

    [Test]
    public void A_file_that_is_neither_a_folder_nor_a_zip_is_refused()
    {
        var file = work.WriteFile("Activation.cs");

        var error = Assert.Throws<SubmissionException>(() => SubmissionLoader.Load(file, Manifest));

        Assert.That(error.Message, Does.Contain("neither a folder nor a .zip"));
    }

    [Test]
    public void A_folder_without_kata_folders_says_which_folders_were_looked_for()
    {
        work.WriteFile("homework/sigmoid/Activation.cs");
        work.WriteFile("homework/init/Initialization.cs");

        var error = Assert.Throws<SubmissionException>(() => SubmissionLoader.Load(Path.Combine(work.Path, "homework"), Manifest));

        Assert.That(error.Message, Does.Contain("No kata folders").And.Contain("01-sigmoid/").And.Contain("05-train/").And.Contain("katas/"));
    }

    [Test]
    public void A_zip_without_kata_folders_is_named_in_the_error_not_its_temporary_folder()
    {
        var zip = new ZipBuilder().Add("homework/Activation.cs").WriteTo(Path.Combine(work.Path, "homework.zip"));

        var error = Assert.Throws<SubmissionException>(() => SubmissionLoader.Load(zip, Manifest));

        Assert.That(error.Message, Does.Contain("homework.zip").And.Not.Contain("neuralkatas-"));
    }

    [Test]
    public void A_corrupt_zip_is_reported_as_unreadable()
    {
        var zip = Path.Combine(work.Path, "broken.zip");
        File.WriteAllBytes(zip, [0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02]);

        var error = Assert.Throws<SubmissionException>(() => SubmissionLoader.Load(zip, Manifest));

        Assert.That(error.Message, Does.Contain("broken.zip").And.Contain("not a readable zip"));
    }

    [Test]
    public void An_unsafe_zip_is_refused_by_the_loader_too()
    {
        var zip = new ZipBuilder().AddEach(LearnerFiles).Add("../../evil.cs").WriteTo(Path.Combine(work.Path, "hostile.zip"));

        var error = Assert.Throws<SubmissionException>(() => SubmissionLoader.Load(zip, Manifest));

        Assert.That(error.Message, Does.Contain("../../evil.cs"));
    }
}
