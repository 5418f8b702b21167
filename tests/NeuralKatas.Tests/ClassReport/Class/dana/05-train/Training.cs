namespace NeuralKatas;

public static class Training
{
    public static TrainingResult Train(Matrix input, Matrix target, TrainingConfiguration configuration)
    {
        var model = Initialization.InitializeNetwork(input.Columns, configuration.HiddenNodes, target.Columns, new GaussianGenerator(configuration.Seed));
        var record = new List<double>(configuration.Epochs);
        foreach (var _ in Enumerable.Range(1, configuration.Epochs))
        {
            (model, var loss) = Epoch(input, target, model, configuration.LearningRate);
            record.Add(loss);
        }

        return new TrainingResult(model, record.AsReadOnly());
    }

    public static Matrix Predict(Matrix input, Network network)
    {
        var result = ForwardPropagation.Forward(input, network);
        return result.Output;
    }

    public static double Loss(Matrix target, Matrix prediction)
    {
        var residual = prediction.Subtract(target);
        var squared = residual.MultiplyElementwise(residual);
        return squared.Sum() / 2.0;
    }

    // One full-batch step; the loss is that of the weights before the step.
    private static (Network Next, double Loss) Epoch(Matrix x, Matrix y, Network before, double rate)
    {
        var pass = ForwardPropagation.Forward(x, before);
        var grads = Backpropagation.Backward(x, y, before, pass);
        return (Backpropagation.Update(before, grads, rate), Loss(y, pass.Output));
    }
}
