namespace NeuralKatas

open System

/// Runs inputs through the network, keeping every intermediate.
[<RequireQualifiedAccess>]
module ForwardPropagation =

    /// Z1 = X·W1 + b1, H = σ(Z1), Z2 = H·W2 + b2, Ŷ = σ(Z2), for every sample (row) of X at once.
    let Forward (input: Matrix, network: Network) : ForwardPass =
        // TODO: compute Z1 = X·W1 + b1, H = σ(Z1), Z2 = H·W2 + b2 and Ŷ = σ(Z2), and return all four in a ForwardPass.
        raise (System.NotImplementedException("ForwardPropagation.Forward is still a TODO in katas/03-forward/fsharp/ForwardPropagation.fs: compute Z1 = X·W1 + b1, H = σ(Z1), Z2 = H·W2 + b2 and Ŷ = σ(Z2), and return all four in a ForwardPass."))
