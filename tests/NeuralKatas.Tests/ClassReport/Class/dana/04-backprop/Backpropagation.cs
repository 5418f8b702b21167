namespace NeuralKatas;

public static class Backpropagation
{
    public static Gradients Backward(Matrix input, Matrix target, Network network, ForwardPass forward)
    {
        var outputSlope = forward.Z2.Map(z => Activation.Sigmoid(z) * (1.0 - Activation.Sigmoid(z)));
        var hiddenSlope = forward.Z1.Map(z => Activation.Sigmoid(z) * (1.0 - Activation.Sigmoid(z)));
        var deltaOut = target.Scale(-1).Add(forward.Output).MultiplyElementwise(outputSlope);
        var deltaHidden = network.Output.Weights.Multiply(deltaOut.Transpose()).Transpose().MultiplyElementwise(hiddenSlope);
        return new Gradients(
            deltaHidden.Transpose().Multiply(input).Transpose(),
            Matrix.RowVector(Enumerable.Range(0, deltaHidden.Columns).Select(c => Enumerable.Range(0, deltaHidden.Rows).Sum(r => deltaHidden[r, c])).ToArray()),
            deltaOut.Transpose().Multiply(forward.H).Transpose(),
            Matrix.RowVector(Enumerable.Range(0, deltaOut.Columns).Select(c => Enumerable.Range(0, deltaOut.Rows).Sum(r => deltaOut[r, c])).ToArray()));
    }

    public static Network Update(Network network, Gradients gradients, double learningRate) =>
        new(
            new Layer(gradients.HiddenWeights.Scale(-learningRate).Add(network.Hidden.Weights), gradients.HiddenBias.Scale(-learningRate).Add(network.Hidden.Bias)),
            new Layer(gradients.OutputWeights.Scale(-learningRate).Add(network.Output.Weights), gradients.OutputBias.Scale(-learningRate).Add(network.Output.Bias)));
}
