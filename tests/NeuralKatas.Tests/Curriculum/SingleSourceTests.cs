using System.Xml.Linq;
using NeuralKatas.Grader.Authoring;

namespace NeuralKatas.Tests.Curriculum;

/// <summary>solutions/ is the one source of truth: katas/ must be exactly what it generates.</summary>
[TestFixture]
public sealed class SingleSourceTests
{
    [Test]
    public void Every_stub_is_what_the_generator_makes_from_its_solution()
    {
        var course = RepositoryRoot.Course;

        var drifted = KataStubs.Generate(course)
            .Where(file => !File.Exists(file.StubPath) || File.ReadAllText(file.StubPath) != file.Text)
            .Select(file => Path.GetRelativePath(course.Root, file.StubPath))
            .ToList();

        Assert.That(drifted, Is.Empty, "These stubs differ from their solutions; run `dotnet run --project grader -- dev generate`.");
    }

    [TestCaseSource(typeof(KataRun), nameof(KataRun.EachKata))]
    public void The_kata_project_compiles_the_learner_files_the_manifest_declares(string kataId)
    {
        var course = RepositoryRoot.Course;
        var kata = course.Manifest.Find(kataId);
        var project = Directory.GetFiles(course.KataDirectory(kata), "*.csproj").Single();
        var expected = course.Manifest.UpTo(kata).SelectMany(step => step.LearnerFiles.Select(file => $"{step.Id}/{file}"));

        var declared = XDocument.Load(project).Descendants("LearnerFile").Select(e => (string?)e.Attribute("Include"));

        Assert.That(declared, Is.EqualTo(expected), $"{project} must list the learner files of every kata up to {kataId}, in manifest order.");
    }

    [TestCaseSource(typeof(KataRun), nameof(KataRun.EachKata))]
    public void The_kata_FSharp_project_compiles_the_FSharp_files_the_manifest_declares(string kataId)
    {
        var course = RepositoryRoot.Course;
        var kata = course.Manifest.Find(kataId);
        var csharp = Directory.GetFiles(course.KataDirectory(kata), "*.csproj").Single();
        var project = Path.Combine(course.KataDirectory(kata), "fsharp", Path.GetFileNameWithoutExtension(csharp) + ".FSharp.fsproj");
        var expected = course.Manifest.UpTo(kata).SelectMany(step => step.FSharpFiles.Select(file => $"{step.Id}/{file}"));

        var declared = XDocument.Load(project).Descendants("LearnerFile").Select(e => (string?)e.Attribute("Include"));

        Assert.That(declared, Is.EqualTo(expected), $"{project} must list the F# files of every kata up to {kataId}, in manifest order (F# compiles in file order).");
    }

    [TestCaseSource(typeof(KataRun), nameof(KataRun.EachKata))]
    public void Every_file_the_manifest_names_exists(string kataId)
    {
        var course = RepositoryRoot.Course;
        var kata = course.Manifest.Find(kataId);

        var learnerFiles = kata.LearnerFiles.Concat(kata.FSharpFiles).ToList();
        var files = learnerFiles.Select(f => Path.Combine(course.SolutionsDirectory, kata.Id, f))
            .Concat(learnerFiles.Select(f => Path.Combine(course.KataDirectory(kata), f)))
            .Concat(kata.TestFiles.Select(f => Path.Combine(course.KataDirectory(kata), f)))
            .Append(Path.Combine(course.KataDirectory(kata), "README.md"));

        Assert.That(files.Where(f => !File.Exists(f)), Is.Empty);
        Assert.That(kata.Hints, Is.Not.Empty, "Every kata needs at least one hint.");
        Assert.That(kata.Points, Is.Positive);
    }
}
