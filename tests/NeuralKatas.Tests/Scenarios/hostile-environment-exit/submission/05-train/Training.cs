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
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(configuration);
        Environment.Exit(42);

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
    }

    /// <summary>The network's outputs Ŷ for every sample (row) of <paramref name="input"/>.</summary>
    public static Matrix Predict(Matrix input, Network network)
    {
        return ForwardPropagation.Forward(input, network).Output;
    }

    /// <summary>L = ½ Σ (Y − Ŷ)², summed over every sample and every output.</summary>
    /// <param name="target">Y.</param>
    /// <param name="prediction">Ŷ, the same shape as Y.</param>
    public static double Loss(Matrix target, Matrix prediction)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(prediction);
        var error = target.Subtract(prediction);
        return 0.5 * error.MultiplyElementwise(error).Sum();
    }

}
