using System.Globalization;
using System.Runtime.InteropServices;

namespace NeuralKatas.Benchmarks;

/// <summary>
/// Entry point. Times <see cref="Training.Train"/> on XOR with <see cref="TrainingConfiguration.Default"/>
/// (2-4-1, learning rate 1.0, 10 000 epochs) and ends with <c>median_seconds=</c> and <c>min_seconds=</c>
/// lines, which run.sh reads to compare with the seed's NumPy code. <c>--predictions</c> instead prints
/// the trained network in round-trip ("R") format, so a change to the library's internals can be
/// checked to leave every bit of the result unchanged.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(BenchmarkOptions.Usage);
            return 2;
        }

        if (options.PrintPredictions)
        {
            PrintPredictions();
            return 0;
        }

        var configuration = TrainingConfiguration.Default;
        Console.WriteLine(
            $".NET {Environment.Version}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {BuildConfiguration}");
        Console.WriteLine(
            $"Training.Train on XOR: 2-{configuration.HiddenNodes}-1, learning rate {configuration.LearningRate.ToString(CultureInfo.InvariantCulture)}, " +
            $"{configuration.Epochs} epochs");

        (double Median, double Min)? seconds;
        if (options.Quick)
        {
            var benchmark = new TrainXorBenchmark();
            Console.WriteLine($"Stopwatch: {options.Samples} timed calls after {options.WarmupSeconds.ToString(CultureInfo.InvariantCulture)} s of warm-up");
            var timings = StopwatchHarness.Measure(benchmark.TrainXor, options);
            Console.WriteLine(timings.Describe());
            seconds = (timings.MedianSeconds, timings.MinSeconds);
        }
        else
        {
            seconds = BenchmarkDotNetRunner.Run();
        }

        if (seconds is not { } result)
        {
            Console.Error.WriteLine("The benchmark produced no measurement; see the output above.");
            return 1;
        }

        // Lines for run.sh to read; seconds, as the Python side prints them.
        Console.WriteLine($"median_seconds={result.Median.ToString("F6", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"min_seconds={result.Min.ToString("F6", CultureInfo.InvariantCulture)}");
        return 0;
    }

    // A Debug build is several times slower; saying which one ran keeps a stray number from being quoted.
    private static string BuildConfiguration =>
#if DEBUG
        "Debug build (numbers not representative)";
#else
        "Release build";
#endif

    private static void PrintPredictions()
    {
        var input = XorData.Inputs();
        var result = Training.Train(input, XorData.Targets(), TrainingConfiguration.Default);
        var network = result.Network;
        Print("W1", network.Hidden.Weights);
        Print("b1", network.Hidden.Bias);
        Print("W2", network.Output.Weights);
        Print("b2", network.Output.Bias);
        Print("predictions", Training.Predict(input, network));
        Console.WriteLine($"first loss {Format(result.LossHistory[0])}");
        Console.WriteLine($"last loss {Format(result.LossHistory[^1])}");

        // Every epoch's loss enters this sum, so a difference in any epoch, not only the last, shows here.
        Console.WriteLine($"sum of losses {Format(result.LossHistory.Sum())}");
    }

    private static void Print(string name, Matrix matrix) =>
        Console.WriteLine($"{name} {string.Join(" | ", matrix.ToRows().Select(row => string.Join(", ", row.Select(Format))))}");

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
