using NeuralKatas.Grader.Batch;
using NeuralKatas.Grader.CompileServer;
using NeuralKatas.Grader.Loading;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Tests.Loading;
using NeuralKatas.Tests.Scenarios;

namespace NeuralKatas.Tests.CompileServer;

/// <summary>
/// Sources that overflow a compiler's stack, keep it busy for hours, or are not source at all:
/// each costs exactly its kata, as a clear compile error at the learner's file, and the other
/// katas, and the other students of a batch, are graded as if it were not there.
/// </summary>
[TestFixture]
public sealed class HostileSourceTests
{
    // Five seconds of compiler CPU (the whole sandboxed process tree's) is ample for an honest kata:
    // tens of milliseconds warm, a second or two for a fresh server's first kata, whose JIT work
    // counts; two seconds was not, once the sandbox's CPU was counted. It keeps each hostile case
    // short; the F# compiler's warm-up gets a little more than it needs cold.
    private static readonly CompileLimits ShortBudget = CompileLimits.Default with { TimePerKata = TimeSpan.FromSeconds(5), FSharpWarmUp = TimeSpan.FromSeconds(8) };

    // No test here hangs in the worker: its long time limit only keeps a busy machine from stopping the honest katas.
    private static readonly GradeOptions Options = new(null, [], ScenarioGrader.Limits with { TimePerKata = TimeSpan.FromSeconds(60) }) { CompileLimits = ShortBudget };

    public static IEnumerable<TestCaseData> Sources() => HostileSource.All.Select(source => new TestCaseData(source).SetArgDisplayNames(source.Name));

    [TestCaseSource(nameof(Sources))]
    public void A_hostile_source_is_a_compile_error_of_its_own_kata_and_the_others_are_graded(HostileSource source)
    {
        using var work = new TemporaryFolder();
        using var submission = SubmissionLoader.Load(source.WriteInto(work.Path, source.Name), RepositoryRoot.Course.Manifest);

        var report = ScenarioGrader.Pipeline.Grade(submission.Name, submission.KatasRoot, Options);

        AssertOnlyItsKataIsLost(source, report);
    }

    [Test]
    public void Hostile_sources_in_a_batch_cost_only_their_katas_and_an_honest_student_keeps_full_marks()
    {
        using var work = new TemporaryFolder();
        var sources = HostileSource.All.Where(s => s.Name is "deeply-nested-sum" or "lambdas-in-overloaded-calls" or "binary-file").ToList();
        foreach (var source in sources)
        {
            source.WriteInto(work.Path, source.Name);
        }

        HostileSource.None.WriteInto(work.Path, "honest");

        // One student at a time: the claim is that a hostile student costs the next one nothing,
        // not how two compile at once on a 2-core machine (a busy CI run made that flaky).
        var reports = new BatchGrader(ScenarioGrader.Pipeline).Grade(BatchGrader.FindSubmissions(work.Path), Options, parallelism: 1, _ => { });

        var honest = reports.Single(r => r.Submission == "honest");
        Assert.That(honest.FullMarks, Is.True, Describe(honest.Katas) + honest.Error);
        foreach (var source in sources)
        {
            AssertOnlyItsKataIsLost(source, reports.Single(r => r.Submission == source.Name));
        }
    }

    private static void AssertOnlyItsKataIsLost(HostileSource source, GradeReport report)
    {
        var hostile = report.Katas.Single(k => k.Id == HostileSource.Kata);
        Assert.That(hostile.Status, Is.EqualTo(KataStatus.CompileError), source.Name);
        Assert.That(hostile.Diagnostics.Select(d => d.File), Is.All.EqualTo(source.LearnerFile));
        Assert.That(hostile.Diagnostics.Select(d => d.Id), Has.Some.AnyOf(IsolatedCompiler.TooComplexId, LearnerFileCheck.DiagnosticId, "CS8078"));

        // What the source did is said, not put down to a busy machine.
        Assert.That(hostile.Diagnostics.Select(d => d.Message), Has.None.Contains("grade it again"));
        var others = report.Katas.Where(k => k.Id != HostileSource.Kata).ToList();
        Assert.That(others.Select(k => k.Status), Is.All.EqualTo(KataStatus.Passed), Describe(others));
    }

    private static string Describe(IEnumerable<KataGrade> katas) =>
        string.Join("; ", katas.Select(k => $"{k.Id} {k.Status} {k.Error} {string.Join(' ', k.Diagnostics)}"));
}
