namespace NeuralKatas;

/// <summary>Creates a network's starting weights.</summary>
public static class Initialization
{
    /// <summary>
    /// A network with every weight and bias drawn from N(0, 1), in this order: W1 row by row,
    /// then b1, then W2 row by row, then b2.
    /// </summary>
    /// <param name="inputNodes">Features per sample (W1 has this many rows).</param>
    /// <param name="hiddenNodes">Nodes in the hidden layer.</param>
    /// <param name="outputNodes">Outputs per sample (W2 has this many columns).</param>
    /// <param name="rng">The generator to draw from; the caller seeds it.</param>
    public static Network InitializeNetwork(int inputNodes, int hiddenNodes, int outputNodes, GaussianGenerator rng)
    {
        ArgumentNullException.ThrowIfNull(rng);

        // Matrix.FromFunction fills row by row, and C# evaluates these statements top to bottom:
        // together they give the pinned draw order.
        var hiddenWeights = Matrix.FromFunction(inputNodes, hiddenNodes, (_, _) => rng.NextGaussian());
        var hiddenBias = Matrix.FromFunction(1, hiddenNodes, (_, _) => rng.NextGaussian());
        var outputWeights = Matrix.FromFunction(hiddenNodes, outputNodes, (_, _) => rng.NextGaussian());
        var outputBias = Matrix.FromFunction(1, outputNodes, (_, _) => rng.NextGaussian());
        return new Network(new Layer(hiddenWeights, hiddenBias), new Layer(outputWeights, outputBias));
    }
}
