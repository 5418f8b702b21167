using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Tests.Reporting;
using NeuralKatas.Tests.Scenarios;

namespace NeuralKatas.Tests.Execution;

/// <summary>
/// The spare workers kept ahead of need: one at a time unless asked for more, so a spare never
/// starts while a grade that could use the CPU is running; a grade that finds two waiting (the
/// grade server keeps two) runs its katas on both, and grades exactly as one worker would; a spare
/// is sent the course library of the grade before it, and used only for a grade with that library.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class WorkerPoolTests
{
    [Test]
    public void Asking_for_spares_again_while_one_waits_or_starts_starts_no_other()
    {
        var limits = GradeOptions.Default.Limits;
        var before = Total(WorkerPool.Count(limits));

        WorkerPool.Prewarm(limits);
        WorkerPool.Prewarm(limits);
        WorkerPool.Prewarm(limits);
        Assert.That(Total(WorkerPool.Count(limits)), Is.EqualTo(Math.Max(before, 1)), "three quick asks");

        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (WorkerPool.Count(limits).Starting > 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        WorkerPool.Prewarm(limits);
        Assert.That(WorkerPool.Count(limits), Is.EqualTo((Math.Max(before, 1), 0)), "asked again once it waits");

        var taken = WorkerPool.Take(limits, []);
        Assert.That(taken.Process.HasExited, Is.False, "the spare taken is alive");
        WorkerPool.Discard(taken);
    }

    [Test]
    public void A_grade_that_finds_two_spares_waiting_runs_on_both_and_grades_as_one_worker_does()
    {
        // A crash in the last kata: the second worker's half goes wrong while the first's passes.
        var scenario = ScenarioNamed("hostile-stack-overflow");
        var limits = ScenarioGrader.Limits;
        WorkerPool.Prewarm(limits, spares: 2);
        WaitForSpares(limits, 2);

        var waiting = WorkerPool.Count(limits).Waiting;
        var report = ScenarioGrader.GradeNow(scenario);

        // Run in turn, the grade would have taken one spare: the kata that crashes is the last.
        Assert.That(WorkerPool.Count(limits).Waiting, Is.EqualTo(waiting - 2), "both spares ran katas");
        AssertGradedAsItsGolden(scenario, report);
    }

    [Test]
    public void Spares_started_after_a_grade_load_its_course_library_ahead_and_grade_as_a_fresh_worker_does()
    {
        var scenario = ScenarioNamed("partially-correct");
        var limits = ScenarioGrader.Limits;
        ScenarioGrader.GradeNow(scenario);
        DiscardWaiting(limits);
        WorkerPool.Prewarm(limits, spares: 2);
        WaitForSpares(limits, 2);

        Assert.That(WorkerPool.WaitingWithLibrary(limits), Is.EqualTo(2), "both spares were sent the library of the grade before");
        var report = ScenarioGrader.GradeNow(scenario);

        // Sent ahead, the library is left out of the request: a worker that did not keep it could not run a kata.
        Assert.That(WorkerPool.WaitingWithLibrary(limits), Is.Zero, "both prepared spares ran katas");
        AssertGradedAsItsGolden(scenario, report);
    }

    [Test]
    public void A_spare_sent_another_course_library_is_discarded_not_used()
    {
        var scenario = ScenarioNamed("partially-correct");
        var limits = ScenarioGrader.Limits;
        DiscardWaiting(limits);
        WorkerPool.LoadAhead([new AssemblyImage("NeuralKatas.TestSupport", [1, 2, 3]) { Shared = true }]);
        WorkerPool.Prewarm(limits);
        WaitForSpares(limits, 1);
        Assert.That(WorkerPool.WaitingWithLibrary(limits), Is.EqualTo(1), "a spare sent a library of three bytes");

        var report = ScenarioGrader.GradeNow(scenario);

        // Used, it would have run the katas against those three bytes in place of the test support.
        Assert.That(WorkerPool.WaitingWithLibrary(limits), Is.Zero, "the spare was discarded");
        AssertGradedAsItsGolden(scenario, report);
    }

    [Test]
    [Platform(Include = "Linux", Reason = "A finished process's id is taken from /bin/true.")]
    public void Folders_of_graders_that_are_gone_are_swept_and_those_of_running_ones_kept()
    {
        var temporary = Path.GetTempPath();
        var ofAGoneGrader = Directory.CreateDirectory(Path.Combine(temporary, $"{WorkerPool.FolderPrefix}{FinishedProcessId()}-{Guid.NewGuid():N}")).FullName;
        var ofThisGrader = WorkerPool.NewFolder();
        var unnamedDaysOld = Directory.CreateDirectory(Path.Combine(temporary, $"{WorkerPool.FolderPrefix}{Guid.NewGuid():N}")).FullName;
        var unnamedNew = Directory.CreateDirectory(Path.Combine(temporary, $"{WorkerPool.FolderPrefix}{Guid.NewGuid():N}")).FullName;
        Directory.SetLastWriteTimeUtc(unnamedDaysOld, DateTime.UtcNow.AddDays(-2));

        WorkerPool.SweepLeftovers();

        Assert.Multiple(() =>
        {
            Assert.That(Directory.Exists(ofAGoneGrader), Is.False, "a folder of a grader that is gone");
            Assert.That(Directory.Exists(ofThisGrader), Is.True, "a folder of this grader, which runs");
            Assert.That(Directory.Exists(unnamedDaysOld), Is.False, "an unnamed folder two days old");
            Assert.That(Directory.Exists(unnamedNew), Is.True, "an unnamed folder of today");
        });
        Directory.Delete(ofThisGrader);
        Directory.Delete(unnamedNew);
    }

    private static int FinishedProcessId()
    {
        using var process = System.Diagnostics.Process.Start("/bin/true");
        process.WaitForExit();
        return process.Id;
    }

    private static int Total((int Waiting, int Starting) count) => count.Waiting + count.Starting;

    private static Scenario ScenarioNamed(string name) => ScenarioCatalogue.Cases().Single(s => s.Name == name);

    private static void AssertGradedAsItsGolden(Scenario scenario, GradeReport report) =>
        ExpectedReport.AssertMatches(scenario.ExpectedReportPath, Rendered.Text(new JsonReportWriter(includeDurations: false), report));

    private static void WaitForSpares(WorkerLimits limits, int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (WorkerPool.Count(limits) is var now && (now.Starting > 0 || now.Waiting < count) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }
    }

    // Asked for no library, the pool discards the spares sent one and hands over the others.
    private static void DiscardWaiting(WorkerLimits limits)
    {
        while (WorkerPool.TakeWaiting(limits, 1, []) is [var spare])
        {
            WorkerPool.Discard(spare);
        }
    }
}
