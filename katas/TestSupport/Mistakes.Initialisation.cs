namespace NeuralKatas.Testing;

/// <summary>Kata 02's mistakes: the initial weights.</summary>
public static partial class Mistakes
{
    /// <summary>A matrix filled column by column.</summary>
    public static Mistake InitColumnByColumn { get; } = new(
        "init-column-by-column",
        "you filled a weight matrix column by column; fill it row by row (Matrix.FromFunction does).",
        "the entries are the expected draws in column-major order");

    /// <summary>The biases drawn before the weights.</summary>
    public static Mistake InitBiasesFirst { get; } = new(
        "init-biases-first",
        "you drew the biases before the weights; the order is W1, b1, W2, b2.",
        "W1 holds the draws that start after b1's");

    /// <summary>W2 drawn before b1.</summary>
    public static Mistake InitOutputWeightsBeforeHiddenBias { get; } = new(
        "init-w2-before-b1",
        "you drew W2 before b1; the order is W1, b1, W2, b2.",
        "b1 holds the draws that come after W2's");

    /// <summary>A generator of one's own instead of the one given.</summary>
    public static Mistake InitOwnGenerator { get; } = new(
        "init-own-generator",
        "you created a generator of your own (or used Random) instead of drawing from rng, so a seed chosen by the caller changes nothing. Draw every value from the rng you were given.",
        "the caller's generator was not advanced by one draw per parameter, or two equal seeds give different networks");

    /// <summary>One draw reused for every entry.</summary>
    public static Mistake InitOneDrawReused { get; } = new(
        "init-one-draw-reused",
        "every entry holds the same number: you drew once and reused it. Call rng.NextGaussian() once per entry, inside the function you give Matrix.FromFunction.",
        "every entry of W1 equals the first draw");

    /// <summary>Zeros instead of draws.</summary>
    public static Mistake InitZeros { get; } = new(
        "init-zeros",
        "the weights are all zero: every hidden node then computes the same thing and learns the same thing. Draw each one with rng.NextGaussian().",
        "every entry is 0");
}
