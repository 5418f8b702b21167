using System.IO.Compression;
using NeuralKatas.Grader.ClassReport;
using NeuralKatas.Tests.EndToEnd;
using NeuralKatas.Tests.Loading;

namespace NeuralKatas.Tests.Sandbox;

/// <summary>
/// Hostile learner code (see <see cref="HostileCode"/>), C# and F#, in a folder and in a zip, graded
/// alone with `grade PATH` and in a `batch` beside an honest submission, by the real grader process
/// in its sandbox. Each must be contained: no canary appears (checked after grading and again after
/// the late process would have run), no file outside the output folder changes, no secret reaches
/// any output, nothing connects to the test's port, and the honest submission keeps full marks.
/// </summary>
/// <remarks>
/// Until the allow-list compile gate rejects these APIs, the hostile code compiles and runs, and its
/// failure message (which starts with <see cref="HostileCode.Marker"/>) proves it ran inside the
/// sandbox. Once the gate rejects it, kata 01 is a compile error instead: containment still holds,
/// and <see cref="SandboxedStartTests"/> prove the sandbox on its own.
/// </remarks>
[TestFixture]
public sealed class HostileSubmissionTests
{
    private static readonly TimeSpan LateProcessDelay = TimeSpan.FromSeconds(3);

    private static string Root => RepositoryRoot.Course.Root;

    [Test]
    public void Hostile_CSharp_code_in_a_folder_graded_alone_is_contained()
    {
        using var work = new TemporaryFolder();
        using var targets = Targets(work);
        var submission = Submission(work, "mallory", HostileCode.CSharp(targets), fsharp: null);
        var output = Path.Combine(work.Path, "out");
        var before = Fingerprints(work, output);

        var run = GraderProcess.Run(Root, "grade", submission, "--tests", targets.HiddenTests, "--format", "json", "--output", Path.Combine(output, "report.json"));

        AssertContained(before, work, output, targets, run);
        AssertRanOrWasRefused(File.ReadAllText(Path.Combine(output, "report.json")));
    }

    [Test]
    public void Hostile_FSharp_code_in_a_zip_graded_alone_is_contained()
    {
        using var work = new TemporaryFolder();
        using var targets = Targets(work);
        var zip = Zip(Submission(work, "mallory", csharp: null, HostileCode.FSharp(targets)));
        var output = Path.Combine(work.Path, "out");
        var before = Fingerprints(work, output);

        var run = GraderProcess.Run(Root, "grade", zip, "--tests", targets.HiddenTests, "--format", "json", "--output", Path.Combine(output, "report.json"));

        AssertContained(before, work, output, targets, run);
        AssertRanOrWasRefused(File.ReadAllText(Path.Combine(output, "report.json")));
    }

    [Test]
    public void Hostile_submissions_in_a_batch_are_contained_and_the_honest_one_keeps_full_marks()
    {
        using var work = new TemporaryFolder();
        var classFolder = Path.Combine(work.Path, "class");
        using var targets = Targets(work, classFolder);
        Zip(Submission(work, "mallory-cs", HostileCode.CSharp(targets), fsharp: null, classFolder));
        Submission(work, "mallory-fs", csharp: null, HostileCode.FSharp(targets), classFolder);
        var output = Path.Combine(work.Path, "out");
        var before = Fingerprints(work, output);

        var run = GraderProcess.Run(Root, "batch", classFolder, "--out", output, "--tests", targets.HiddenTests);

        AssertContained(before, work, output, targets, run);
        var grades = File.ReadAllText(Path.Combine(output, "grades.json"));
        Assert.That(File.ReadAllLines(Path.Combine(output, "grades.csv")).Single(line => line.StartsWith("honest,", StringComparison.Ordinal)), Does.Contain(",50.00,50.00,,"), grades);
        AssertRanOrWasRefused(File.ReadAllText(Path.Combine(output, "feedback", "mallory-cs.md")));
        AssertRanOrWasRefused(File.ReadAllText(Path.Combine(output, "feedback", "mallory-fs.md")));
    }

    // The canaries, the hidden tests, and an honest submission holding a secret, under work/ (or its class folder).
    private static HostileTargets Targets(TemporaryFolder work, string? classFolder = null)
    {
        var targets = new HostileTargets(work);
        var honest = Submission(work, "honest", File.ReadAllText(HostileTargets.SolutionFile).Replace("namespace NeuralKatas;", $"// {targets.OtherSecret}\nnamespace NeuralKatas;", StringComparison.Ordinal), fsharp: null, classFolder);
        targets.OtherSubmissionFile = Path.Combine(honest, "katas", "01-sigmoid", "Activation.cs");
        return targets;
    }

    // A copy of the reference solutions as NAME/katas/, with kata 01's learner file in C# or F# replaced.
    private static string Submission(TemporaryFolder work, string name, string? csharp, string? fsharp, string? parent = null)
    {
        var folder = Path.Combine(parent ?? work.Path, name);
        var katas = Path.Combine(folder, "katas");
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Course.SolutionsDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(katas, Path.GetRelativePath(RepositoryRoot.Course.SolutionsDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var activation = Path.Combine(katas, "01-sigmoid", "Activation.cs");
        if (csharp is null)
        {
            // Without the C# file, kata 01 is graded in F#.
            File.Delete(activation);
        }
        else
        {
            File.WriteAllText(activation, csharp);
        }

        if (fsharp is not null)
        {
            File.WriteAllText(Path.Combine(katas, "01-sigmoid", "fsharp", "Activation.fs"), fsharp);
        }

        return folder;
    }

    private static string Zip(string folder)
    {
        var zip = folder + ".zip";
        ZipFile.CreateFromDirectory(folder, zip);
        Directory.Delete(folder, recursive: true);
        return zip;
    }

    // Every file under work/ but the output folder, and the grader's own binaries.
    private static (IReadOnlyList<string> Work, IReadOnlyList<string> Binaries) Fingerprints(TemporaryFolder work, string output) =>
        (FolderFingerprint.Of(work.Path, except: output), FolderFingerprint.Of(AppContext.BaseDirectory));

    private static void AssertContained((IReadOnlyList<string> Work, IReadOnlyList<string> Binaries) before, TemporaryFolder work, string output, HostileTargets targets, GraderRun run)
    {
        Assert.That(run.ExitCode, Is.AnyOf(0, 1), run.ToString());
        Assert.That(targets.CanariesFound(), Is.Empty, "A canary appeared while grading.");

        Thread.Sleep(LateProcessDelay);

        Assert.That(targets.CanariesFound(), Is.Empty, "A canary appeared after grading: a process outlived the grader.");
        Assert.That(targets.Connected, Is.False, "Learner code connected to a port on the host.");
        var after = Fingerprints(work, output);
        Assert.That(after.Work, Is.EqualTo(before.Work), "A file outside the output folder (a submission, the hidden tests) changed.");
        Assert.That(after.Binaries, Is.EqualTo(before.Binaries), "The grader's own binaries changed.");
        Assert.That(File.ReadAllText(targets.OtherSubmissionFile), Does.Contain(targets.OtherSecret), "The other submission was overwritten.");
        // The class report quotes each submission's own source by design (the honest one is the
        // reference solution, markers and all); what hostile code read could only reach a report
        // through its tests' messages, which the gradebook and feedback hold.
        var reports = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) is not (ClassReportWriter.HtmlFileName or ClassReportWriter.JsonFileName));
        var everything = string.Join('\n', reports.Select(File.ReadAllText).Append(run.Output).Append(run.Error));
        foreach (var secret in new[] { targets.HiddenSecret, targets.OtherSecret, HostileTargets.SolutionSecret })
        {
            Assert.That(everything, Does.Not.Contain(secret), $"A secret ({secret}) reached the grader's output.");
        }

        Assert.That(everything, Does.Contain("bubblewrap"), "The report does not say it was graded in the sandbox.");
    }

    // The hostile code ran inside the sandbox (its message is in the report), or the compile gate refused it.
    private static void AssertRanOrWasRefused(string report) =>
        Assert.That(
            report.Contains(HostileCode.Marker, StringComparison.Ordinal) || report.Contains("compile_error", StringComparison.Ordinal) || report.Contains("does not compile", StringComparison.Ordinal),
            Is.True,
            report);
}
