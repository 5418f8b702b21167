namespace NeuralKatas.Testing;

/// <summary>
/// Small hand-written networks and data the kata tests share (and the generator computes
/// <see cref="ReferenceValues"/> for). The shapes are chosen so that mistakes show: W1 is not
/// square (a transposed weight matrix cannot slip through), there are several samples (averaging
/// differs from summing), and no two weights are equal.
/// </summary>
public static class Fixtures
{
    /// <summary>The inputs σ and σ′ are checked at: ordinary, symmetric, and saturated (z = 4).</summary>
    public static IReadOnlyList<double> SigmoidInputs { get; } = [0.0, 2.0, -3.5, 0.25, 1.0, -2.0, 4.0, 0.8, 1.7, -1.7];

    /// <summary>
    /// Far out, where σ′ is small (6.1e-6) but not 0 and σ is short of 1 by as much: a shortcut returning
    /// 0 (σ′) or 1 (σ) past some |z| (10 is a common choice) shows here.
    /// </summary>
    public static double FarSigmoidInput => 12.0;

    /// <summary>The small training run of kata 05: 3 hidden nodes, η = 0.5, 3 epochs, seed 11, on <see cref="SmallInputs"/>.</summary>
    public static TrainingConfiguration Training { get; } = new(hiddenNodes: 3, learningRate: 0.5, epochs: 3, seed: 11);

    /// <summary>
    /// <see cref="Training"/> at η = 20 for 4 epochs: its second step overshoots (the loss rises from 0.170
    /// to 0.376) and its third recovers (0.041), so a step refused when the loss rises shows.
    /// </summary>
    public static TrainingConfiguration OvershootingTraining { get; } = new(Training.HiddenNodes, learningRate: 20.0, epochs: 4, Training.Seed);

    /// <summary>
    /// <see cref="Training"/>'s seed plus 2³²: a seed that a 32-bit integer on its way to the generator
    /// (a System.Random habit) turns back into <see cref="Training"/>'s own.
    /// </summary>
    public static ulong LargeSeed => (1UL << 32) + Training.Seed;

    /// <summary>A 2-3-1 network: W1 is 2×3, b1 1×3, W2 3×1, b2 1×1.</summary>
    public static Network SmallNetwork() => new(
        new Layer(
            Matrix.FromRows([[0.5, -0.3, 0.8], [-0.7, 0.2, 0.4]]),
            Matrix.RowVector([0.1, -0.2, 0.05])),
        new Layer(
            Matrix.FromRows([[0.6], [-0.9], [0.3]]),
            Matrix.RowVector([-0.1])));

    /// <summary>
    /// <see cref="SmallNetwork"/> with every parameter times 4: Z lies far from 0, where σ′(z) and the
    /// seed tutorial's σ′(σ(z)) differ most (at z = 4: 0.0177 against 0.198).
    /// </summary>
    public static Network SaturatedNetwork()
    {
        var small = SmallNetwork();
        return new Network(
            new Layer(small.Hidden.Weights.Scale(4), small.Hidden.Bias.Scale(4)),
            new Layer(small.Output.Weights.Scale(4), small.Output.Bias.Scale(4)));
    }

    /// <summary>
    /// <see cref="SmallNetwork"/> with every parameter times 2000: Z2 is 1600, 1000 and −1400 on the small
    /// inputs, and Z1 reaches ±1000 too, where e^(±z) overflows to ∞: σ is 0 or 1 to the last digit and
    /// σ′ is 0, which a form built on e^z (or e^(−z)) over another gets as ∞ / ∞, NaN.
    /// </summary>
    public static Network FarNetwork()
    {
        var small = SmallNetwork();
        return new Network(
            new Layer(small.Hidden.Weights.Scale(2000), small.Hidden.Bias.Scale(2000)),
            new Layer(small.Output.Weights.Scale(2000), small.Output.Bias.Scale(2000)));
    }

    /// <summary>Three samples of two features (3×2).</summary>
    public static Matrix SmallInputs() => Matrix.FromRows([[1.0, 0.0], [0.5, -1.5], [-0.25, 2.0]]);

    /// <summary>Targets for <see cref="SmallInputs"/> (3×1).</summary>
    public static Matrix SmallTargets() => Matrix.FromRows([[1.0], [0.0], [1.0]]);
}
