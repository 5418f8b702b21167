namespace NeuralKatas;

public static class Training
{
    public static TrainingResult Train(Matrix input, Matrix target, TrainingConfiguration configuration)
    {
        var generator = new GaussianGenerator(configuration.Seed);
        var network = Initialization.InitializeNetwork(input.Columns, configuration.HiddenNodes, target.Columns, generator);
        var losses = new double[configuration.Epochs];
        for (var epoch = 0; epoch < configuration.Epochs; epoch++)
        {
            var pass = ForwardPropagation.Forward(input, network);
            losses[epoch] = Loss(target, pass.Output);
            network = Backpropagation.Update(network, Backpropagation.Backward(input, target, network, pass), configuration.LearningRate);
        }

        return new TrainingResult(network, losses);
    }

    public static Matrix Predict(Matrix input, Network network) => ForwardPropagation.Forward(input, network).Output;

    public static double Loss(Matrix target, Matrix prediction) =>
        0.5 * target.Subtract(prediction).Map(e => e * e).Sum();
}
