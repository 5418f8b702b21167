namespace NeuralKatas;

public static class Backpropagation
{
    public static Gradients Backward(Matrix input, Matrix target, Network network, ForwardPass forward)
    {
        Matrix outputDelta = Delta(forward.Output.Subtract(target), forward.Z2);
        Matrix hiddenDelta = Delta(outputDelta.Multiply(network.Output.Weights.Transpose()), forward.Z1);
        return new Gradients(
            WeightGradient(input, hiddenDelta),
            hiddenDelta.SumColumns(),
            WeightGradient(forward.H, outputDelta),
            outputDelta.SumColumns());
    }

    public static Network Update(Network network, Gradients gradients, double learningRate)
    {
        Layer hidden = Step(network.Hidden, gradients.HiddenWeights, gradients.HiddenBias, learningRate);
        Layer output = Step(network.Output, gradients.OutputWeights, gradients.OutputBias, learningRate);
        return new Network(hidden, output);
    }

    // The error arriving at a layer, times the slope of the sigmoid at that layer's pre-activation.
    private static Matrix Delta(Matrix arriving, Matrix preActivation)
    {
        Matrix slope = preActivation.Map(Activation.SigmoidDerivative);
        return arriving.MultiplyElementwise(slope);
    }

    private static Matrix WeightGradient(Matrix layerInput, Matrix delta)
    {
        Matrix transposed = layerInput.Transpose();
        return transposed.Multiply(delta);
    }

    private static Layer Step(Layer layer, Matrix weightGradient, Matrix biasGradient, double rate)
    {
        Matrix newWeights = layer.Weights.Subtract(weightGradient.Scale(rate));
        Matrix newBias = layer.Bias.Subtract(biasGradient.Scale(rate));
        return new Layer(newWeights, newBias);
    }
}
