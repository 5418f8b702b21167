namespace NeuralKatas;

/// <summary>Trains a network by full-batch gradient descent, and uses it.</summary>
public static class Training
{
    /// <summary>
    /// Initialises a network from <c>new GaussianGenerator(configuration.Seed)</c> and trains it:
    /// each epoch runs one forward pass, records the loss, runs one backward pass and one update.
    /// </summary>
    /// <param name="input">X (n × inputs).</param>
    /// <param name="target">Y (n × outputs).</param>
    /// <param name="configuration">Hidden size, learning rate, epochs and seed.</param>
    public static TrainingResult Train(Matrix input, Matrix target, TrainingConfiguration configuration)
    {
        // BEGIN SOLUTION: seed a GaussianGenerator with configuration.Seed, initialise the network, then for each epoch: Forward, record Loss, Backward, Update.
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(configuration);

        var rng = new GaussianGenerator(configuration.Seed);
        var network = Initialization.InitializeNetwork(input.Columns, configuration.HiddenNodes, target.Columns, rng);
        var lossHistory = new double[configuration.Epochs];
        for (var epoch = 0; epoch < configuration.Epochs; epoch++)
        {
            var forward = ForwardPropagation.Forward(input, network);
            lossHistory[epoch] = Loss(target, forward.Output);
            var gradients = Backpropagation.Backward(input, target, network, forward);
            network = Backpropagation.Update(network, gradients, configuration.LearningRate);
        }

        return new TrainingResult(network, lossHistory);
        // END SOLUTION
    }

    /// <summary>The network's outputs Ŷ for every sample (row) of <paramref name="input"/>.</summary>
    public static Matrix Predict(Matrix input, Network network)
    {
        // BEGIN SOLUTION: run the forward pass and return its output Ŷ.
        return ForwardPropagation.Forward(input, network).Output;
        // END SOLUTION
    }

    /// <summary>L = ½ Σ (Y − Ŷ)², summed over every sample and every output.</summary>
    /// <param name="target">Y.</param>
    /// <param name="prediction">Ŷ, the same shape as Y.</param>
    public static double Loss(Matrix target, Matrix prediction)
    {
        // BEGIN SOLUTION: return L = ½ Σ (Y − Ŷ)² over every entry; a sum, not a mean (no division by n).
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(prediction);
        var error = target.Subtract(prediction);
        return 0.5 * error.MultiplyElementwise(error).Sum();
        // END SOLUTION
    }
}
