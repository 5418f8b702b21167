using System.Globalization;

namespace NeuralKatas.Benchmarks;

/// <summary>The command line: which harness to use and its settings, or print predictions instead.</summary>
internal sealed record BenchmarkOptions(bool Quick, int Samples, double WarmupSeconds, bool PrintPredictions)
{
    public const string Usage =
        "usage: NeuralKatas.Benchmarks [--quick [--samples N] [--warmup SECONDS]] | --predictions\n" +
        "  (no option)        BenchmarkDotNet, in process (about 30 s)\n" +
        "  --quick            a Stopwatch loop instead (a few seconds), for trying a change\n" +
        "  --samples N        with --quick: timed calls of Training.Train (default 200)\n" +
        "  --warmup SECONDS   with --quick: untimed calls first, so the JIT reaches its optimised tier (default 2)\n" +
        "  --predictions      print the trained network with \"R\" format and exit (for bit-identity checks)";

    /// <summary>The options, or null when the arguments do not parse.</summary>
    public static BenchmarkOptions? Parse(string[] args)
    {
        var options = new BenchmarkOptions(Quick: false, Samples: 200, WarmupSeconds: 2.0, PrintPredictions: false);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--predictions":
                    options = options with { PrintPredictions = true };
                    break;
                case "--quick":
                    options = options with { Quick = true };
                    break;
                case "--samples" when i + 1 < args.Length
                    && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var samples) && samples > 0:
                    options = options with { Samples = samples };
                    i++;
                    break;
                case "--warmup" when i + 1 < args.Length
                    && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var warmup) && warmup >= 0:
                    options = options with { WarmupSeconds = warmup };
                    i++;
                    break;
                default:
                    return null;
            }
        }

        return options;
    }
}
