using System.Diagnostics;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Tests.Execution;

/// <summary>
/// The CPU time and memory of a sandboxed child's process tree, which the compile budget and the
/// worker's memory limit are judged by: threads that come and go while it is read never make it
/// drop, since a drop to zero and back reads as seconds of work done at once.
/// </summary>
[TestFixture]
[Platform(Include = "Linux", Reason = "The process tree is read from /proc.")]
public sealed class ProcessTreeTests
{
    private const int Readings = 3000;

    [Test]
    public void Cpu_time_never_drops_while_threads_start_and_end()
    {
        using var process = Process.GetCurrentProcess();
        using var stop = new CancellationTokenSource();
        var churn = StartThreadChurn(stop.Token);

        var samples = Enumerable.Range(0, Readings).Select(_ => ProcessTree.CpuTime(process)).ToList();

        stop.Cancel();
        churn.Join();
        var drops = samples.Zip(samples.Skip(1)).Count(pair => pair.Second < pair.First);
        Assert.That(drops, Is.Zero, $"The CPU time went down {drops} times in {Readings} readings; the lowest was {samples.Min()}.");
    }

    [Test]
    public void Memory_is_never_read_as_nothing_while_threads_start_and_end()
    {
        using var process = Process.GetCurrentProcess();
        using var stop = new CancellationTokenSource();
        var churn = StartThreadChurn(stop.Token);

        var zeros = Enumerable.Range(0, Readings).Count(_ => ProcessTree.WorkingSet(process) == 0);

        stop.Cancel();
        churn.Join();
        Assert.That(zeros, Is.Zero, $"{zeros} of {Readings} readings were zero.");
    }

    // Short-lived threads, one after another, as a compiler's or NUnit's come and go.
    private static Thread StartThreadChurn(CancellationToken stop)
    {
        var churn = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var shortLived = new Thread(() => Thread.SpinWait(20_000));
                shortLived.Start();
                shortLived.Join();
            }
        });
        churn.Start();
        return churn;
    }
}
