namespace NeuralKatas

open System

/// The gradients of L = ½ Σ (Y − Ŷ)², and the gradient-descent step that uses them.
[<RequireQualifiedAccess>]
module Backpropagation =

    /// ∂L/∂θ for every parameter θ, from one forward pass and the weights that produced it.
    let Backward (input: Matrix, target: Matrix, network: Network, forward: ForwardPass) : Gradients =
        // TODO: δ2 = (Ŷ − Y) ⊙ σ′(Z2); ∂W2 = Hᵀδ2; ∂b2 = column sums of δ2; δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1); ∂W1 = Xᵀδ1; ∂b1 = column sums of δ1.
        raise (System.NotImplementedException("Backpropagation.Backward is still a TODO in katas/04-backprop/fsharp/Backpropagation.fs: δ2 = (Ŷ − Y) ⊙ σ′(Z2); ∂W2 = Hᵀδ2; ∂b2 = column sums of δ2; δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1); ∂W1 = Xᵀδ1; ∂b1 = column sums of δ1."))

    /// One step of gradient descent: θ ← θ − η·∂L/∂θ for every parameter, as a new network.
    let Update (network: Network, gradients: Gradients, learningRate: float) : Network =
        // TODO: return a new Network where every parameter θ becomes θ − η·∂L/∂θ; do not change the network you were given.
        raise (System.NotImplementedException("Backpropagation.Update is still a TODO in katas/04-backprop/fsharp/Backpropagation.fs: return a new Network where every parameter θ becomes θ − η·∂L/∂θ; do not change the network you were given."))
