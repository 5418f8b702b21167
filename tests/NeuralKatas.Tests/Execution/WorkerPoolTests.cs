using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Pipeline;

namespace NeuralKatas.Tests.Execution;

/// <summary>
/// The spare workers kept ahead of need: one at a time, so a spare never starts while a grade
/// that could use the CPU is running (the grade server asks for one as each grade begins and ends).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class WorkerPoolTests
{
    [Test]
    public void Asking_for_spares_again_while_one_waits_or_starts_starts_no_other()
    {
        var limits = GradeOptions.Default.Limits;
        var before = Total(WorkerPool.Count());

        WorkerPool.Prewarm(limits);
        WorkerPool.Prewarm(limits);
        WorkerPool.Prewarm(limits);
        Assert.That(Total(WorkerPool.Count()), Is.EqualTo(Math.Max(before, 1)), "three quick asks");

        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (WorkerPool.Count().Starting > 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        WorkerPool.Prewarm(limits);
        Assert.That(WorkerPool.Count(), Is.EqualTo((Math.Max(before, 1), 0)), "asked again once it waits");

        var taken = WorkerPool.Take(limits);
        Assert.That(taken.Process.HasExited, Is.False, "the spare taken is alive");
        WorkerPool.Discard(taken);
    }

    private static int Total((int Waiting, int Starting) count) => count.Waiting + count.Starting;
}
