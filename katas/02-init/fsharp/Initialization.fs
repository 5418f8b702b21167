namespace NeuralKatas

open System

/// Creates a network's starting weights.
[<RequireQualifiedAccess>]
module Initialization =

    /// A network with every weight and bias drawn from N(0, 1), in this order: W1 row by row,
    /// then b1, then W2 row by row, then b2.
    let InitializeNetwork (inputNodes: int, hiddenNodes: int, outputNodes: int, rng: GaussianGenerator) : Network =
        // TODO: draw each value with rng.NextGaussian() in the pinned order: W1 (inputNodes×hiddenNodes) row by row, b1 (1×hiddenNodes), W2 (hiddenNodes×outputNodes) row by row, b2 (1×outputNodes).
        raise (System.NotImplementedException("Initialization.InitializeNetwork is still a TODO in katas/02-init/fsharp/Initialization.fs: draw each value with rng.NextGaussian() in the pinned order: W1 (inputNodes×hiddenNodes) row by row, b1 (1×hiddenNodes), W2 (hiddenNodes×outputNodes) row by row, b2 (1×outputNodes)."))
