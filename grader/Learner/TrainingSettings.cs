using System.Globalization;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// The training the pictures show: each setting the learner gave on the command line, or the
/// course default (TrainingConfiguration.Default) for each left out, so the README's experiments
/// (other seeds, hidden sizes, learning rates, epochs) can be run.
/// </summary>
/// <param name="HiddenNodes">--hidden, or null for the default.</param>
/// <param name="LearningRate">--learning-rate, or null for the default.</param>
/// <param name="Epochs">--epochs, or null for the default.</param>
/// <param name="Seed">--seed, or null for the default.</param>
public sealed record TrainingSettings(int? HiddenNodes, double? LearningRate, int? Epochs, ulong? Seed)
{
    /// <summary>The course default for every setting.</summary>
    public static TrainingSettings Default { get; } = new(null, null, null, null);

    /// <summary>The configuration as a C# expression for the probe; the learner's TrainingConfiguration checks the values.</summary>
    public string AsCSharp() =>
        "new TrainingConfiguration(" +
        $"{HiddenNodes?.ToString(CultureInfo.InvariantCulture) ?? "TrainingConfiguration.Default.HiddenNodes"}, " +
        $"{LearningRate?.ToString("R", CultureInfo.InvariantCulture) ?? "TrainingConfiguration.Default.LearningRate"}, " +
        $"{Epochs?.ToString(CultureInfo.InvariantCulture) ?? "TrainingConfiguration.Default.Epochs"}, " +
        $"{(Seed is { } seed ? seed.ToString(CultureInfo.InvariantCulture) + "UL" : "TrainingConfiguration.Default.Seed")})";
}
