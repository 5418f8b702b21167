namespace NeuralKatas;

/// <summary>Runs inputs through the network, keeping every intermediate.</summary>
public static class ForwardPropagation
{
    /// <summary>Z1 = X·W1 + b1, H = σ(Z1), Z2 = H·W2 + b2, Ŷ = σ(Z2), for every sample (row) of X at once.</summary>
    /// <param name="input">X, one sample per row (n × inputs). Left unchanged.</param>
    /// <param name="network">The weights to use. Left unchanged.</param>
    public static ForwardPass Forward(Matrix input, Network network)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(network);
        var z1 = input.Multiply(network.Hidden.Weights).AddRowVector(network.Hidden.Bias);
        var h = z1.Map(Activation.Sigmoid);
        var z2 = h.Multiply(network.Output.Weights);
        var output = z2.Map(Activation.Sigmoid);
        return new ForwardPass(z1, h, z2, output);
    }
}
