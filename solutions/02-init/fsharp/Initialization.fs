namespace NeuralKatas

open System

/// Creates a network's starting weights.
[<RequireQualifiedAccess>]
module Initialization =

    /// A network with every weight and bias drawn from N(0, 1), in this order: W1 row by row,
    /// then b1, then W2 row by row, then b2.
    let InitializeNetwork (inputNodes: int, hiddenNodes: int, outputNodes: int, rng: GaussianGenerator) : Network =
        // BEGIN SOLUTION: draw each value with rng.NextGaussian() in the pinned order: W1 (inputNodes×hiddenNodes) row by row, b1 (1×hiddenNodes), W2 (hiddenNodes×outputNodes) row by row, b2 (1×outputNodes).
        ArgumentNullException.ThrowIfNull(rng)
        // Matrix.FromFunction fills row by row, and these bindings run top to bottom: together
        // they give the pinned draw order.
        let draw rows columns = Matrix.FromFunction(rows, columns, fun _ _ -> rng.NextGaussian())
        let hiddenWeights = draw inputNodes hiddenNodes
        let hiddenBias = draw 1 hiddenNodes
        let outputWeights = draw hiddenNodes outputNodes
        let outputBias = draw 1 outputNodes
        Network(Layer(hiddenWeights, hiddenBias), Layer(outputWeights, outputBias))
        // END SOLUTION
