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
        // TODO: δ2 = (Ŷ − Y) ⊙ σ′(Z2); ∂W2 = Hᵀδ2; ∂b2 = column sums of δ2; δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1); ∂W1 = Xᵀδ1; ∂b1 = column sums of δ1.
        throw new NotImplementedException("Backpropagation.Backward is still a TODO in katas/04-backprop/Backpropagation.cs: δ2 = (Ŷ − Y) ⊙ σ′(Z2); ∂W2 = Hᵀδ2; ∂b2 = column sums of δ2; δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1); ∂W1 = Xᵀδ1; ∂b1 = column sums of δ1.");
    }

    /// <summary>One step of gradient descent: θ ← θ − η·∂L/∂θ for every parameter, as a new network.</summary>
    /// <param name="network">The current weights. Left unchanged.</param>
    /// <param name="gradients">∂L/∂θ, from <see cref="Backward"/>.</param>
    /// <param name="learningRate">η, the step size.</param>
    public static Network Update(Network network, Gradients gradients, double learningRate)
    {
        // TODO: return a new Network where every parameter θ becomes θ − η·∂L/∂θ; do not change the network you were given.
        throw new NotImplementedException("Backpropagation.Update is still a TODO in katas/04-backprop/Backpropagation.cs: return a new Network where every parameter θ becomes θ − η·∂L/∂θ; do not change the network you were given.");
    }
}
