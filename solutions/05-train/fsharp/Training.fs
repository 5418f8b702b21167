namespace NeuralKatas

open System

/// Trains a network by full-batch gradient descent, and uses it.
[<RequireQualifiedAccess>]
module Training =

    /// L = ½ Σ (Y − Ŷ)², summed over every sample and every output.
    let Loss (target: Matrix, prediction: Matrix) : float =
        // BEGIN SOLUTION: return L = ½ Σ (Y − Ŷ)² over every entry; a sum, not a mean (no division by n).
        ArgumentNullException.ThrowIfNull(target)
        ArgumentNullException.ThrowIfNull(prediction)
        let error = target.Subtract(prediction)
        0.5 * error.MultiplyElementwise(error).Sum()
        // END SOLUTION

    /// The network's outputs Ŷ for every sample (row) of the input.
    let Predict (input: Matrix, network: Network) : Matrix =
        // BEGIN SOLUTION: run the forward pass and return its output Ŷ.
        ForwardPropagation.Forward(input, network).Output
        // END SOLUTION

    /// Initialises a network from new GaussianGenerator(configuration.Seed) and trains it: each
    /// epoch runs one forward pass, records the loss, runs one backward pass and one update.
    let Train (input: Matrix, target: Matrix, configuration: TrainingConfiguration) : TrainingResult =
        // BEGIN SOLUTION: seed a GaussianGenerator with configuration.Seed, initialise the network, then for each epoch: Forward, record Loss, Backward, Update.
        ArgumentNullException.ThrowIfNull(input)
        ArgumentNullException.ThrowIfNull(target)
        ArgumentNullException.ThrowIfNull(configuration)
        let rng = GaussianGenerator(configuration.Seed)
        let mutable network = Initialization.InitializeNetwork(input.Columns, configuration.HiddenNodes, target.Columns, rng)
        let lossHistory = Array.zeroCreate configuration.Epochs
        for epoch in 0 .. configuration.Epochs - 1 do
            let forward = ForwardPropagation.Forward(input, network)
            lossHistory[epoch] <- Loss(target, forward.Output)
            let gradients = Backpropagation.Backward(input, target, network, forward)
            network <- Backpropagation.Update(network, gradients, configuration.LearningRate)
        TrainingResult(network, lossHistory)
        // END SOLUTION
