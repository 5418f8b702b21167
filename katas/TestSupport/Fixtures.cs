namespace NeuralKatas.Testing;

/// <summary>
/// Small hand-written networks and data the kata tests share. The shapes are chosen so that
/// mistakes show: W1 is not square (a transposed weight matrix cannot slip through), there are
/// several samples (averaging differs from summing), and no two weights are equal.
/// </summary>
public static class Fixtures
{
    /// <summary>A 2-3-1 network: W1 is 2×3, b1 1×3, W2 3×1, b2 1×1.</summary>
    public static Network SmallNetwork() => new(
        new Layer(
            Matrix.FromRows([[0.5, -0.3, 0.8], [-0.7, 0.2, 0.4]]),
            Matrix.RowVector([0.1, -0.2, 0.05])),
        new Layer(
            Matrix.FromRows([[0.6], [-0.9], [0.3]]),
            Matrix.RowVector([-0.1])));

    /// <summary>Three samples of two features (3×2).</summary>
    public static Matrix SmallInputs() => Matrix.FromRows([[1.0, 0.0], [0.5, -1.5], [-0.25, 2.0]]);

    /// <summary>Targets for <see cref="SmallInputs"/> (3×1).</summary>
    public static Matrix SmallTargets() => Matrix.FromRows([[1.0], [0.0], [1.0]]);
}
