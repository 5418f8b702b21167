using System.Globalization;

namespace NeuralKatas.Benchmarks;

/// <summary>The measured durations of the timed calls, in seconds, and their summary.</summary>
internal sealed class Timings
{
    private readonly double[] sorted;

    public Timings(IReadOnlyCollection<double> seconds, int warmupCalls, AllocationStatistics allocations)
    {
        sorted = [.. seconds.Order()];
        WarmupCalls = warmupCalls;
        Allocations = allocations;
    }

    public AllocationStatistics Allocations { get; }

    public int WarmupCalls { get; }

    public double MinSeconds => sorted[0];

    // The median, not the mean: a shared 2-core machine has outliers (GC, other processes) that would pull a mean up.
    public double MedianSeconds => Percentile(0.5);

    public string Describe()
    {
        static string Ms(double seconds) => (seconds * 1000).ToString("F3", CultureInfo.InvariantCulture) + " ms";
        return $"{sorted.Length} calls (after {WarmupCalls} warm-up calls): median {Ms(MedianSeconds)}, min {Ms(MinSeconds)}, " +
               $"p10 {Ms(Percentile(0.1))}, p90 {Ms(Percentile(0.9))}, max {Ms(sorted[^1])}, mean {Ms(sorted.Average())}\n" +
               $"per call: {(Allocations.BytesPerCall / 1e6).ToString("F1", CultureInfo.InvariantCulture)} MB allocated, " +
               $"{Allocations.Gen0CollectionsPerCall.ToString("F1", CultureInfo.InvariantCulture)} gen-0 collections, " +
               $"{Ms(Allocations.GcPauseSecondsPerCall)} paused in GC";
    }

    // Linear interpolation between the two nearest ranks; for p = 0.5 and an even count, the mean of the middle two.
    private double Percentile(double p)
    {
        var rank = p * (sorted.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((rank - lower) * (sorted[upper] - sorted[lower]));
    }
}
