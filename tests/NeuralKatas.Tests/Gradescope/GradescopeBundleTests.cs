using System.IO.Compression;
using NeuralKatas.Grader.Gradescope;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Tests.Classroom;

namespace NeuralKatas.Tests.Gradescope;

/// <summary>`gradescope export`: the bundle's shape, and its run_autograder run against a simulated /autograder.</summary>
[TestFixture]
public sealed class GradescopeBundleTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);

    private DirectoryInfo scratch = null!;

    [SetUp]
    public void CreateScratch() => scratch = Directory.CreateTempSubdirectory("neuralkatas-gradescope-test-");

    [TearDown]
    public void DeleteScratch() => scratch.Delete(recursive: true);

    [Test]
    public void The_bundle_has_executable_setup_and_run_scripts_at_its_root_beside_the_course_and_the_hidden_tests()
    {
        var hidden = Directory.CreateDirectory(Path.Combine(scratch.FullName, "hidden", "01-sigmoid")).FullName;
        File.WriteAllText(Path.Combine(hidden, "ExtraTests.cs"), "// an instructor's test\n");
        var zipPath = Path.Combine(scratch.FullName, "bundle.zip");

        BundleExporter.Export(RepositoryRoot.Course, zipPath, [Path.GetDirectoryName(hidden)!], "hidden");

        using var zip = ZipFile.OpenRead(zipPath);
        var names = zip.Entries.Select(entry => entry.FullName).ToList();
        var run = new StreamReader(zip.GetEntry("run_autograder")!.Open()).ReadToEnd();
        Assert.Multiple(() =>
        {
            foreach (var script in new[] { "setup.sh", "run_autograder" })
            {
                Assert.That(((UnixFileMode)(zip.GetEntry(script)!.ExternalAttributes >> 16)).HasFlag(UnixFileMode.UserExecute), Is.True, script);
            }

            Assert.That(names, Does.Contain("katas/katas.json").And.Contain("grader/NeuralKatas.Grader.csproj").And.Contain("solutions/01-sigmoid/Activation.cs"));
            Assert.That(names, Does.Contain("hidden-tests/0/01-sigmoid/ExtraTests.cs"));
            Assert.That(names, Has.None.Match("(^|/)(bin|obj)/"));
            Assert.That(run, Does.Contain("--tests hidden-tests/0").And.Contain("--hidden-visibility hidden"));
            Assert.That(run, Does.Contain("${NEURALKATAS_AUTOGRADER_ROOT:-/autograder}"));
        });
    }

    [Test]
    public void A_hidden_test_gets_the_instructor_s_visibility_and_every_other_test_is_visible()
    {
        var kata = Grades.Ran("01-sigmoid", 10, passed: 1, total: 2);
        kata = kata with { Tests = [kata.Tests[0], kata.Tests[1] with { Hidden = true }] };
        var output = new StringWriter();

        new GradescopeReportWriter("after_published").Write(new GradeReport("student", [kata], null), output);

        var file = Path.Combine(scratch.FullName, "results.json");
        File.WriteAllText(file, output.ToString());
        var tests = ResultsFile.Read(file).Tests;
        Assert.That(tests.Select(test => test.GetProperty("visibility").GetString()), Is.EqualTo(new[] { "visible", "after_published" }));
    }

    /// <summary>
    /// The slow one: export, unpack into a simulated /autograder, run setup.sh (its build half: .NET
    /// 10 is here already), then run_autograder for a clone, a katas/ folder, loose files, and
    /// hostile code (an endless loop in 01, Environment.Exit in 05).
    /// </summary>
    [Test]
    [Category("Slow")]
    public void The_bundle_s_run_autograder_writes_results_in_gradescope_s_format_for_every_kind_of_submission()
    {
        var course = RepositoryRoot.Course;
        var root = Path.Combine(scratch.FullName, "autograder");
        var zipPath = Path.Combine(scratch.FullName, "bundle.zip");
        BundleExporter.Export(course, zipPath, [], "after_published");
        ZipFile.ExtractToDirectory(zipPath, Path.Combine(root, "source"));
        File.Copy(Path.Combine(root, "source", "run_autograder"), Path.Combine(root, "run_autograder"));
        var environment = new Dictionary<string, string> { [BundleScripts.RootVariable] = root };

        var setup = ShellStep.Run("bash \"$NEURALKATAS_AUTOGRADER_ROOT/source/setup.sh\"", root, environment, BuildTimeout);
        Assert.That(setup.ExitCode, Is.Zero, setup.Output);

        var full = Graded(root, environment, submission => CopyLearnerFiles(course.SolutionsDirectory, Path.Combine(submission, "katas")));
        var empty = Graded(root, environment, submission => CopyLearnerFiles(course.KatasDirectory, submission));
        var loose = Graded(root, environment, submission =>
        {
            File.Copy(Path.Combine(course.SolutionsDirectory, "01-sigmoid", "Activation.cs"), Path.Combine(submission, "Activation.cs"));
            File.Copy(Path.Combine(course.SolutionsDirectory, "02-init", "Initialization.cs"), Path.Combine(submission, "Initialization.cs"));
        });
        var hostile = Graded(root, environment, submission =>
        {
            CopyLearnerFiles(course.SolutionsDirectory, submission);
            Edit(Path.Combine(submission, "01-sigmoid", "Activation.cs"), "return 1.0 / (1.0 + Math.Exp(-z));", "while (z == z)\n        {\n        }\n\n        return 0;");
            Edit(Path.Combine(submission, "05-train", "Training.cs"), "ArgumentNullException.ThrowIfNull(configuration);\n", "ArgumentNullException.ThrowIfNull(configuration);\n        Environment.Exit(42);\n");
        });

        Assert.Multiple(() =>
        {
            Assert.That(full.Score, Is.EqualTo(50));
            Assert.That(empty.Score, Is.Zero);
            Assert.That(loose.Score, Is.EqualTo(20));
            Assert.That(loose.KataScore("01-sigmoid"), Is.EqualTo(10).Within(0.01));
            Assert.That(hostile.Score, Is.EqualTo(30));
            Assert.That(hostile.KataScore("01-sigmoid") + hostile.KataScore("05-train"), Is.Zero);
            Assert.That(hostile.Tests.Select(test => test.GetProperty("visibility").GetString()), Is.All.EqualTo("visible"));
        });
    }

    private static ResultsFile Graded(string root, IReadOnlyDictionary<string, string> environment, Action<string> submit)
    {
        var submission = Path.Combine(root, "submission");
        if (Directory.Exists(submission))
        {
            Directory.Delete(submission, recursive: true);
        }

        Directory.CreateDirectory(submission);
        submit(submission);
        var results = Path.Combine(root, "results", "results.json");
        if (File.Exists(results))
        {
            File.Delete(results);
        }

        var run = ShellStep.Run("bash \"$NEURALKATAS_AUTOGRADER_ROOT/run_autograder\"", root, environment, RunTimeout);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        return ResultsFile.Read(results);
    }

    private static void CopyLearnerFiles(string from, string to)
    {
        foreach (var kata in RepositoryRoot.Course.Manifest.Katas)
        {
            foreach (var file in kata.LearnerFiles)
            {
                Directory.CreateDirectory(Path.Combine(to, kata.Id));
                File.Copy(Path.Combine(from, kata.Id, file), Path.Combine(to, kata.Id, file));
            }
        }
    }

    private static void Edit(string path, string find, string replace)
    {
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(find), path);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
