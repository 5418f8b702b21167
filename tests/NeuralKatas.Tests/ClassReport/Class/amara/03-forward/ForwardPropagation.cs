namespace NeuralKatas;

public static class ForwardPropagation
{
    public static ForwardPass Forward(Matrix input, Network network)
    {
        var hiddenSum = input.Multiply(network.Hidden.Weights).AddRowVector(network.Hidden.Bias);
        var hidden = hiddenSum.Map(Activation.Sigmoid);
        var outputSum = hidden.Multiply(network.Output.Weights).AddRowVector(network.Output.Bias);
        return new ForwardPass(hiddenSum, hidden, outputSum, outputSum.Map(Activation.Sigmoid));
    }
}
