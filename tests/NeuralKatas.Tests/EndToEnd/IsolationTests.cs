using NeuralKatas.Grader.Commands;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Tests.Loading;

namespace NeuralKatas.Tests.EndToEnd;

/// <summary>
/// Someone else's work is graded in isolation, and a kata that passes only with the reference code
/// of the earlier katas says so, in every format and for one kata (`--kata`) too. The learner's
/// own katas (`grade` with no path) are graded as `dotnet test` builds them: no isolation.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class IsolationTests
{
    private const string OwnCodeNote = "on your own earlier code";

    // The classroom format is left out: it runs in a student repository, which has no reference
    // solutions to isolate with (see GradingPipeline), and the reporter prints no messages of passing tests.
    private static readonly string[] Formats = [.. ReportWriters.Names.Where(name => name != "classroom")];

    [TestCaseSource(nameof(Formats))]
    public void One_later_kata_that_passes_only_in_isolation_says_so(string format)
    {
        using var work = new TemporaryFolder();
        var submission = SolvedButTheFirstKata(work.Path);

        var run = GraderProcess.Run(work.Path, "grade", submission, "--kata", "3", "--format", format);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        Assert.That(run.Output, Does.Contain(OwnCodeNote), run.ToString());
        Assert.That(run.Output, Does.Not.Contain("Well done"), run.ToString());
    }

    [Test]
    public void The_learners_own_later_kata_fails_on_their_broken_first_kata_as_dotnet_test_has_it()
    {
        using var work = new TemporaryFolder();
        var clone = Path.Combine(work.Path, "clone");
        Directory.CreateDirectory(clone);
        CopyFolder(RepositoryRoot.Course.KatasDirectory, Path.Combine(clone, "katas"));
        CopyFolder(RepositoryRoot.Course.SolutionsDirectory, Path.Combine(clone, "solutions"));
        File.Copy(Path.Combine(clone, "solutions", "03-forward", "ForwardPropagation.cs"), Path.Combine(clone, "katas", "03-forward", "ForwardPropagation.cs"), overwrite: true);

        var run = GraderProcess.Run(clone, "grade", "--kata", "forward");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.NotPassing), run.ToString());
        Assert.That(run.Output, Does.Contain("dotnet test katas/03-forward").And.Not.Contain("Isolation: Passes"), run.ToString());
    }

    // The reference solutions with kata 01 put back to its stubs, in C# and F#: every later kata
    // passes in isolation and fails on the submission's own kata 01.
    private static string SolvedButTheFirstKata(string folder)
    {
        var submission = Path.Combine(folder, "submission");
        CopyFolder(RepositoryRoot.Course.SolutionsDirectory, submission);
        var kata = RepositoryRoot.Course.Manifest.Katas[0];
        foreach (var file in kata.LearnerFiles.Concat(kata.FSharpFiles))
        {
            File.Copy(Path.Combine(RepositoryRoot.Course.KataDirectory(kata), file), Path.Combine(submission, kata.Id, file), overwrite: true);
        }

        return submission;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var sub in Directory.EnumerateDirectories(from).Where(f => Path.GetFileName(f) is not ("bin" or "obj" or "pictures" or ".backup")))
        {
            CopyFolder(sub, Path.Combine(to, Path.GetFileName(sub)));
        }
    }
}
