using BenchmarkDotNet.Attributes;

namespace NeuralKatas.Benchmarks;

/// <summary>
/// The BenchmarkDotNet form of the measurement: the reference <see cref="Training.Train"/> on XOR with
/// <see cref="TrainingConfiguration.Default"/> (2-4-1, learning rate 1.0, 10 000 epochs, seed 42).
/// Public because BenchmarkDotNet finds and calls benchmarks through reflection.
/// </summary>
[MemoryDiagnoser]
public class TrainXorBenchmark
{
    // Built once, outside the timed method, as the NumPy side builds its arrays outside its timer.
    private readonly Matrix input = XorData.Inputs();
    private readonly Matrix target = XorData.Targets();

    /// <summary>One complete training run; returning the result keeps the JIT from discarding the work.</summary>
    [Benchmark]
    public TrainingResult TrainXor() => Training.Train(input, target, TrainingConfiguration.Default);
}
