namespace NeuralKatas

open System

/// Runs inputs through the network, keeping every intermediate.
[<RequireQualifiedAccess>]
module ForwardPropagation =

    /// Z1 = X·W1 + b1, H = σ(Z1), Z2 = H·W2 + b2, Ŷ = σ(Z2), for every sample (row) of X at once.
    let Forward (input: Matrix, network: Network) : ForwardPass =
        // BEGIN SOLUTION: compute Z1 = X·W1 + b1, H = σ(Z1), Z2 = H·W2 + b2 and Ŷ = σ(Z2), and return all four in a ForwardPass.
        ArgumentNullException.ThrowIfNull(input)
        ArgumentNullException.ThrowIfNull(network)
        let z1 = input.Multiply(network.Hidden.Weights).AddRowVector(network.Hidden.Bias)
        let h = z1.Map(fun z -> Activation.Sigmoid z)
        let z2 = h.Multiply(network.Output.Weights).AddRowVector(network.Output.Bias)
        let output = z2.Map(fun z -> Activation.Sigmoid z)
        ForwardPass(z1, h, z2, output)
        // END SOLUTION
