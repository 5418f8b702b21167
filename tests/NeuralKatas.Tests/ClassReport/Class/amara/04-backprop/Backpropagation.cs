namespace NeuralKatas;

public static class Backpropagation
{
    public static Gradients Backward(Matrix input, Matrix target, Network network, ForwardPass forward)
    {
        var error = forward.Output.Subtract(target);
        var delta2 = error.MultiplyElementwise(forward.Z2.Map(Activation.SigmoidDerivative));
        var gradW2 = forward.H.Transpose().Multiply(delta2);
        var gradB2 = delta2.SumColumns();

        var backError = delta2.Multiply(network.Output.Weights.Transpose());
        var delta1 = backError.MultiplyElementwise(forward.Z1.Map(Activation.SigmoidDerivative));
        var gradW1 = input.Transpose().Multiply(delta1);
        var gradB1 = delta1.SumColumns();

        return new Gradients(gradW1, gradB1, gradW2, gradB2);
    }

    public static Network Update(Network network, Gradients gradients, double learningRate)
    {
        var w1 = network.Hidden.Weights.Subtract(gradients.HiddenWeights.Scale(learningRate));
        var b1 = network.Hidden.Bias.Subtract(gradients.HiddenBias.Scale(learningRate));
        var w2 = network.Output.Weights.Subtract(gradients.OutputWeights.Scale(learningRate));
        var b2 = network.Output.Bias.Subtract(gradients.OutputBias.Scale(learningRate));
        return new Network(new Layer(w1, b1), new Layer(w2, b2));
    }
}
