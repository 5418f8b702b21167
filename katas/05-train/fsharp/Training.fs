namespace NeuralKatas

open System

/// Trains a network by full-batch gradient descent, and uses it.
[<RequireQualifiedAccess>]
module Training =

    /// L = ½ Σ (Y − Ŷ)², summed over every sample and every output.
    let Loss (target: Matrix, prediction: Matrix) : float =
        // TODO: return L = ½ Σ (Y − Ŷ)² over every entry; a sum, not a mean (no division by n).
        raise (System.NotImplementedException("Training.Loss is still a TODO in katas/05-train/fsharp/Training.fs: return L = ½ Σ (Y − Ŷ)² over every entry; a sum, not a mean (no division by n)."))

    /// The network's outputs Ŷ for every sample (row) of the input.
    let Predict (input: Matrix, network: Network) : Matrix =
        // TODO: run the forward pass and return its output Ŷ.
        raise (System.NotImplementedException("Training.Predict is still a TODO in katas/05-train/fsharp/Training.fs: run the forward pass and return its output Ŷ."))

    /// Initialises a network from new GaussianGenerator(configuration.Seed) and trains it: each
    /// epoch runs one forward pass, records the loss, runs one backward pass and one update.
    let Train (input: Matrix, target: Matrix, configuration: TrainingConfiguration) : TrainingResult =
        // TODO: seed a GaussianGenerator with configuration.Seed, initialise the network, then for each epoch: Forward, record Loss, Backward, Update.
        raise (System.NotImplementedException("Training.Train is still a TODO in katas/05-train/fsharp/Training.fs: seed a GaussianGenerator with configuration.Seed, initialise the network, then for each epoch: Forward, record Loss, Backward, Update."))
