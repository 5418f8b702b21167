namespace NeuralKatas

open System

/// The gradients of L = ½ Σ (Y − Ŷ)², and the gradient-descent step that uses them.
[<RequireQualifiedAccess>]
module Backpropagation =

    /// ∂L/∂θ for every parameter θ, from one forward pass and the weights that produced it.
    let Backward (input: Matrix, target: Matrix, network: Network, forward: ForwardPass) : Gradients =
        // BEGIN SOLUTION: δ2 = (Ŷ − Y) ⊙ σ′(Z2); ∂W2 = Hᵀδ2; ∂b2 = column sums of δ2; δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1); ∂W1 = Xᵀδ1; ∂b1 = column sums of δ1.
        ArgumentNullException.ThrowIfNull(input)
        ArgumentNullException.ThrowIfNull(target)
        ArgumentNullException.ThrowIfNull(network)
        ArgumentNullException.ThrowIfNull(forward)
        let slope (z: Matrix) = z.Map(fun value -> Activation.SigmoidDerivative value)

        // The chain rule through Ŷ = σ(Z2): ∂L/∂Ŷ = Ŷ − Y, and σ′ is taken at the pre-activation Z2.
        let outputDelta = forward.Output.Subtract(target).MultiplyElementwise(slope forward.Z2)
        let outputWeights = forward.H.Transpose().Multiply(outputDelta)
        let outputBias = outputDelta.SumColumns()

        // The error reaches the hidden layer through the same W2 the forward pass used.
        let hiddenDelta = outputDelta.Multiply(network.Output.Weights.Transpose()).MultiplyElementwise(slope forward.Z1)
        let hiddenWeights = input.Transpose().Multiply(hiddenDelta)
        let hiddenBias = hiddenDelta.SumColumns()
        Gradients(hiddenWeights, hiddenBias, outputWeights, outputBias)
        // END SOLUTION

    /// One step of gradient descent: θ ← θ − η·∂L/∂θ for every parameter, as a new network.
    let Update (network: Network, gradients: Gradients, learningRate: float) : Network =
        // BEGIN SOLUTION: return a new Network where every parameter θ becomes θ − η·∂L/∂θ; do not change the network you were given.
        ArgumentNullException.ThrowIfNull(network)
        ArgumentNullException.ThrowIfNull(gradients)
        let step (parameter: Matrix) (gradient: Matrix) = parameter.Subtract(gradient.Scale learningRate)
        Network(
            Layer(step network.Hidden.Weights gradients.HiddenWeights, step network.Hidden.Bias gradients.HiddenBias),
            Layer(step network.Output.Weights gradients.OutputWeights, step network.Output.Bias gradients.OutputBias))
        // END SOLUTION
