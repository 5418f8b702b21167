namespace NeuralKatas.Benchmarks;

/// <summary>
/// What the garbage collector did during the timed calls, averaged per call: the library allocates a new
/// matrix for every operation, so allocation and collection are a large part of what is being timed.
/// </summary>
internal sealed record AllocationStatistics(double BytesPerCall, double Gen0CollectionsPerCall, double GcPauseSecondsPerCall);
