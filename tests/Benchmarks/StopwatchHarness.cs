using System.Diagnostics;

namespace NeuralKatas.Benchmarks;

/// <summary>
/// Times one action many times: the quick alternative to BenchmarkDotNet (a few seconds instead of
/// about thirty), for trying a change to the library. Its medians agree with BenchmarkDotNet's to a
/// few percent on this machine (docs/performance.md).
/// </summary>
internal static class StopwatchHarness
{
    /// <summary>Warms up, then times <paramref name="action"/> once per sample.</summary>
    public static Timings Measure(Func<object> action, BenchmarkOptions options)
    {
        // Warm-up by time, not by count: tiered JIT promotes hot methods after a number of calls and a
        // background delay, so a time budget covers a slow or busy machine as well as a fast one.
        var warmup = Stopwatch.StartNew();
        var warmupCalls = 0;
        while (warmup.Elapsed.TotalSeconds < options.WarmupSeconds || warmupCalls < 50)
        {
            GC.KeepAlive(action());
            warmupCalls++;
        }

        // Start the timed calls from a clean heap so garbage left by the warm-up is not charged to them;
        // the collections that the timed calls cause themselves stay in, as they would in real use.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var collections = GC.CollectionCount(0);
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var seconds = new double[options.Samples];
        for (var i = 0; i < seconds.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = action();
            seconds[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            GC.KeepAlive(result);
        }

        var perCall = new AllocationStatistics(
            BytesPerCall: (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)seconds.Length,
            Gen0CollectionsPerCall: (GC.CollectionCount(0) - collections) / (double)seconds.Length,
            GcPauseSecondsPerCall: (GC.GetTotalPauseDuration() - pause).TotalSeconds / seconds.Length);
        return new Timings(seconds, warmupCalls, perCall);
    }
}
