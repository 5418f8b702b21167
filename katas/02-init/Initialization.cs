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
        // TODO: draw each value with rng.NextGaussian() in the pinned order: W1 (inputNodes×hiddenNodes) row by row, b1 (1×hiddenNodes), W2 (hiddenNodes×outputNodes) row by row, b2 (1×outputNodes).
        throw new NotImplementedException("Initialization.InitializeNetwork is still a TODO in katas/02-init/Initialization.cs: draw each value with rng.NextGaussian() in the pinned order: W1 (inputNodes×hiddenNodes) row by row, b1 (1×hiddenNodes), W2 (hiddenNodes×outputNodes) row by row, b2 (1×outputNodes).");
    }
}
