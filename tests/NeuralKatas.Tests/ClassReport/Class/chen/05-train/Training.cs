using System.Linq;

namespace NeuralKatas;

public static class Training
{
    public static TrainingResult Train(Matrix input, Matrix target, TrainingConfiguration configuration)
    {
        var net = Initialization.InitializeNetwork(
            inputNodes: input.Columns,
            hiddenNodes: configuration.HiddenNodes,
            outputNodes: target.Columns,
            rng: new GaussianGenerator(configuration.Seed));

        var curve = Enumerable.Range(0, configuration.Epochs).Select(_ =>
        {
            var fwd = ForwardPropagation.Forward(input, net);
            var loss = Loss(target, fwd.Output);
            net = Backpropagation.Update(net, Backpropagation.Backward(input, target, net, fwd), configuration.LearningRate);
            return loss;
        }).ToList();

        return new TrainingResult(net, curve);
    }

    public static Matrix Predict(Matrix input, Network network)
    {
        return ForwardPropagation.Forward(input, network).Output;
    }

    public static double Loss(Matrix target, Matrix prediction) =>
        target.ToRows().Zip(prediction.ToRows())
            .SelectMany(pair => pair.First.Zip(pair.Second, (y, p) => (y - p) * (y - p)))
            .Sum() * 0.5;
}
