namespace NeuralKatas.Testing;

/// <summary>Kata 02's mistakes: the initial weights.</summary>
public static partial class Mistakes
{
    /// <summary>A matrix filled column by column (node by node).</summary>
    public static Mistake InitColumnByColumn { get; } = new(
        "init-column-by-column",
        "you filled a weight matrix column by column: node by node, each node's incoming weights (a column) drawn together, with or without its bias drawn right after them. Fill each matrix row by row (Matrix.FromFunction does), and draw a layer's bias after its whole weight matrix: W1, b1, W2, b2.",
        "the entries are the expected draws in column-major order, or the network holds its pinned draws in another order, each once, and the first wrong weight matrix has each column's draws together, top to bottom, and its columns left to right (with other draws, such as a node's bias, between them)");

    /// <summary>The biases drawn before the weights.</summary>
    public static Mistake InitBiasesFirst { get; } = new(
        "init-biases-first",
        "you drew the biases before the weights; the order is W1, b1, W2, b2.",
        "W1 holds the draws that start after b1's, or W2 those that start after b2's");

    /// <summary>W2 drawn before b1.</summary>
    public static Mistake InitOutputWeightsBeforeHiddenBias { get; } = new(
        "init-w2-before-b1",
        "you drew W2 before b1 (or the whole output layer before the hidden one); the order is W1, b1, W2, b2.",
        "b1 holds the draws that come after W2's, or W1 those that come after W2's and b2's");

    /// <summary>A generator other than the one given: one of one's own, or one kept from an earlier call.</summary>
    public static Mistake InitOwnGenerator { get; } = new(
        "init-own-generator",
        "you drew from a generator other than the one you were given: one of your own (or Random), even one seeded from rng (or one for each layer), or one kept from an earlier call (in a static field, say). The values then no longer follow the caller's sequence. Draw every value from the rng you were given, in every call.",
        "the caller's generator was not advanced at all (whatever the values are, draws further along the sequence included), or by an odd number of raw numbers (a seed taken from it), or by fewer draws than the network needs while none of its values is a number of the caller's sequence (a draw or a uniform number), or two equal seeds give different networks");

    /// <summary>One draw reused for every entry (or for every entry of a row).</summary>
    public static Mistake InitOneDrawReused { get; } = new(
        "init-one-draw-reused",
        "entries hold the same number: you drew once and reused it, for a whole matrix or for each row (F#'s Array.create evaluates its value once). Call rng.NextGaussian() once per entry, inside the function you give Matrix.FromFunction.",
        "every entry of a matrix, or of each of its rows, equals one draw of the sequence");

    /// <summary>A number typed in where draws belong.</summary>
    public static Mistake InitConstant { get; } = new(
        "init-constant",
        "every entry holds a number you chose (such as 0.1 or 0.01) instead of a draw: a small constant is common for biases in other courses, but here every weight and bias is drawn with rng.NextGaussian(), in the order W1, b1, W2, b2.",
        "every entry of a matrix is one short decimal that is no draw of the sequence");

    /// <summary>Zeros instead of draws.</summary>
    public static Mistake InitZeros { get; } = new(
        "init-zeros",
        "the weights are all zero: every hidden node then computes the same thing and learns the same thing. Draw each one with rng.NextGaussian().",
        "every entry of a weight matrix is 0, and its draws were not taken in its place (the generator is short of them, or the matrices after it do not hold their own draws)");

    /// <summary>The biases started at zero.</summary>
    public static Mistake InitBiasZeros { get; } = new(
        "init-bias-zeros",
        "the biases start at zero: common in other courses, but here they are drawn too, from the same rng, right after their layer's weights (W1, b1, W2, b2).",
        "a bias is all zeros while the weights before it are right");

    /// <summary>The right draws, all scaled by one factor.</summary>
    public static Mistake InitScaled { get; } = new(
        "init-scaled",
        "the draws are scaled (by 1/√fan-in or √(2/fan-in), as Xavier or He initialisation do, or by another factor, for the whole matrix or column by column, as weight normalisation's unit-length columns do; a factor of 0, as whole-number division gives (2 / fanIn is 0 once fanIn > 2), leaves only zeros): good ideas elsewhere, but this course pins N(0, 1). Use rng.NextGaussian() as it comes.",
        "a weight matrix is the right draws times one constant, or each of its columns the right draws times a constant of its own, or all zeros while the generator took every draw and every other matrix holds its own, or is weights of zeros too (drawn in its place, then multiplied by 0)");

    /// <summary>The right draws with their sign flipped.</summary>
    public static Mistake InitNegated { get; } = new(
        "init-negated",
        "the draws have their sign flipped (−rng.NextGaussian(), or a bias stored as minus a threshold, as perceptron texts write it): the course's bias is added as it was drawn, Z = X·W + b. Use each draw as it comes.",
        "a matrix is exactly minus the right draws");

    /// <summary>Every draw taken, none kept.</summary>
    public static Mistake InitDrawsNotStored { get; } = new(
        "init-draws-not-stored",
        "every draw was taken (the generator moved on by exactly one per weight and bias), yet every entry of every matrix is the same number (0, or a mean): the draws went somewhere the network never sees (into a copy: ToRows() returns one; or into a local dropped afterwards), or were multiplied away by 0 (a standard deviation of 0, as a Normal(mean, sd) helper called as Normal(0, 1) with its parameters the other way round gives). Make each matrix from its draws as they come, for example with Matrix.FromFunction.",
        "every entry of every matrix of the network is one and the same number, and the generator is exactly as many draws along as the network has values");

    /// <summary>NextUniform where NextGaussian belongs.</summary>
    public static Mistake InitUniform { get; } = new(
        "init-uniform",
        "you drew with NextUniform, numbers between 0 and 1 (or stretched to another range, as 2u − 1 does): the weights are N(0, 1), drawn with rng.NextGaussian().",
        "the values are the generator's uniform numbers, or a·u + b of them");

    /// <summary>Values drawn and thrown away.</summary>
    public static Mistake InitExtraDraw { get; } = new(
        "init-extra-draw",
        "you took more numbers from rng than the network keeps: an extra NextGaussian call, a NextUInt64 or NextUniform one (say for a seed never used), or draws made ahead and not all used (a pool of them). Every value drawn after the extra one comes from further along the sequence, and the caller's generator is left further along than one draw per weight and bias. Draw exactly one value per weight and bias, and nothing else from rng.",
        "a matrix holds the draws that start later than its place in the pinned order (whole draws, or after an odd number of raw numbers) and the generator is not exactly as many draws along as the network has values, or the network holds the pinned draws in order with some skipped (between matrices or inside one) and the generator is that many further, or the network is right and the generator went further (up to a few hundred draws)");

    /// <summary>A matrix of the wrong size (not a transpose).</summary>
    public static Mistake InitWrongSize { get; } = new(
        "init-wrong-size",
        "a matrix of the wrong size: W1 is inputNodes × hiddenNodes, b1 1 × hiddenNodes, W2 hiddenNodes × outputNodes and b2 1 × outputNodes.",
        "a shape that is neither the right one nor its transpose");

    /// <summary>The two layers passed to Network the other way round.</summary>
    public static Mistake InitLayersSwapped { get; } = new(
        "init-layers-swapped",
        "the layers are swapped: new Network(hidden, output) takes the hidden layer (W1, b1) first and the output layer (W2, b2) second.",
        "the given Network reports a hidden layer with outputNodes nodes and output weights of the hidden layer's shape");
}
