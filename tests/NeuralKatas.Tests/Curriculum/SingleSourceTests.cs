using System.Xml.Linq;
using NeuralKatas.Grader.Authoring;

namespace NeuralKatas.Tests.Curriculum;

/// <summary>solutions/ is the one source of truth: katas/ must be exactly what it generates.</summary>
[TestFixture]
public sealed class SingleSourceTests
{
    [Test]
    public void Every_stub_and_the_reference_values_are_what_the_generator_makes_from_solutions()
    {
        var course = RepositoryRoot.Course;

        var drifted = GeneratedCourse.Drifted(course).Select(file => Path.GetRelativePath(course.Root, file.StubPath)).ToList();

        Assert.That(drifted, Is.Empty, "These files differ from what solutions/ generates; run `dotnet run --project grader -- dev generate`.");
    }

    [Test]
    public void No_network_is_written_out_in_the_test_support()
    {
        var course = RepositoryRoot.Course;

        var support = Directory.EnumerateFiles(course.TestSupportDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

        Assert.That(support.Select(file => file.Item1), Has.None.EqualTo("ReferenceNetwork.cs").And.None.EqualTo("FiniteDifferences.cs"));
        Assert.That(support.Where(file => file.Item2.Contains("Math.Exp", StringComparison.Ordinal)).Select(file => file.Item1), Is.Empty,
            "The test support computes no sigmoid, so no forward pass can be built from it; expected values come from ReferenceValues.cs.");
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
