namespace NeuralKatas;

/// <summary>The gradients of L = ½ Σ (Y − Ŷ)², and the gradient-descent step that uses them.</summary>
public static class Backpropagation
{
    /// <summary>
    /// ∂L/∂θ for every parameter θ, from one forward pass and the weights that produced it.
    /// </summary>
    /// <param name="input">X (n × inputs).</param>
    /// <param name="target">Y (n × outputs).</param>
    /// <param name="network">The weights the forward pass used (before any update).</param>
    /// <param name="forward">The forward pass of <paramref name="input"/> through <paramref name="network"/>.</param>
    public static Gradients Backward(Matrix input, Matrix target, Network network, ForwardPass forward)
    {
        // BEGIN SOLUTION: δ2 = (Ŷ − Y) ⊙ σ′(Z2); ∂W2 = Hᵀδ2; ∂b2 = column sums of δ2; δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1); ∂W1 = Xᵀδ1; ∂b1 = column sums of δ1.
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(forward);

        // The chain rule through Ŷ = σ(Z2): ∂L/∂Ŷ = Ŷ − Y, and σ′ is taken at the pre-activation Z2.
        var outputDelta = forward.Output.Subtract(target).MultiplyElementwise(forward.Z2.Map(Activation.SigmoidDerivative));
        var outputWeights = forward.H.Transpose().Multiply(outputDelta);
        var outputBias = outputDelta.SumColumns();

        // The error reaches the hidden layer through the same W2 the forward pass used.
        var hiddenDelta = outputDelta.Multiply(network.Output.Weights.Transpose())
            .MultiplyElementwise(forward.Z1.Map(Activation.SigmoidDerivative));
        var hiddenWeights = input.Transpose().Multiply(hiddenDelta);
        var hiddenBias = hiddenDelta.SumColumns();

        return new Gradients(hiddenWeights, hiddenBias, outputWeights, outputBias);
        // END SOLUTION
    }

    /// <summary>One step of gradient descent: θ ← θ − η·∂L/∂θ for every parameter, as a new network.</summary>
    /// <param name="network">The current weights. Left unchanged.</param>
    /// <param name="gradients">∂L/∂θ, from <see cref="Backward"/>.</param>
    /// <param name="learningRate">η, the step size.</param>
    public static Network Update(Network network, Gradients gradients, double learningRate)
    {
        // BEGIN SOLUTION: return a new Network where every parameter θ becomes θ − η·∂L/∂θ; do not change the network you were given.
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(gradients);

        Matrix Step(Matrix parameter, Matrix gradient) => parameter.Subtract(gradient.Scale(learningRate));

        return new Network(
            new Layer(Step(network.Hidden.Weights, gradients.HiddenWeights), Step(network.Hidden.Bias, gradients.HiddenBias)),
            new Layer(Step(network.Output.Weights, gradients.OutputWeights), Step(network.Output.Bias, gradients.OutputBias)));
        // END SOLUTION
    }
}
