using NeuralKatas.Testing;

namespace NeuralKatas.Kata05;

/// <summary>How the tests tell a step taken with another learning rate than configuration.LearningRate.</summary>
public sealed partial class TrainingTests
{
    // The default learning rate (1) is twice Fixtures.Training's (0.5), so training with it gives what
    // two Updates per epoch give: the default's values name it only when the trained network stays
    // the same for another configuration.LearningRate.
    private static bool IgnoresLearningRate()
    {
        var other = new TrainingConfiguration(Fixtures.Training.HiddenNodes, 0.3, Fixtures.Training.Epochs, Fixtures.Training.Seed);
        var (given, changed) = (TrainedForACheck(Fixtures.Training), TrainedForACheck(other));
        return given is not null && changed is not null && given.Output.Weights.ApproximatelyEquals(changed.Output.Weights, Lesson.Tolerance);
    }

    // The first epoch whose step is off by a learning rate, and the multiple, or null. An epoch's step
    // is read against one Update at configuration.LearningRate from the same network, the reference
    // run's one epoch earlier, and only when the learner's network of that earlier epoch is that one:
    // every weight and bias moved by one multiple of the right step says it followed the right gradient
    // at another learning rate (a warm-up, a decay, a factor of one's own); 0 is no step and 1 the
    // right one, another gradient moves the parameters by no common multiple, and a whole multiple is
    // what Update called that many times with the same gradients gives (the same values, so neither is
    // named); −1 is the step reversed, a learning rate negated on its way to Update, which subtracts
    // already. The step must also be one training took: the loss it records an epoch later is not the
    // right run's (a network returned as an average of the epochs' networks moves like a smaller step
    // from the right one, but trains on the right ones).
    private static (int Epoch, double Scale)? StepOffByARate()
    {
        Network[] run = [ReferenceValues.Initial, ReferenceValues.AfterOneEpoch, ReferenceValues.AfterTwoEpochs, ReferenceValues.AfterThreeEpochs];
        for (var epoch = 1; epoch < run.Length; epoch++)
        {
            var network = TrainedForACheck(Epochs(epoch));
            if (network is null || Parameters(network).Select(p => p.Shape).SequenceEqual(Parameters(run[epoch]).Select(p => p.Shape)) is false)
            {
                return null;
            }

            if (StepScale(run[epoch - 1], run[epoch], network) is { } scale)
            {
                return TookTheStep(epoch) ? (epoch, scale) : null;
            }

            if (!Entries(network).Zip(Entries(run[epoch])).All(pair => Math.Abs(pair.First - pair.Second) <= Lesson.Tolerance))
            {
                return null;
            }
        }

        return null;
    }

    private static bool TookTheStep(int epoch) =>
        ResultForACheck(Epochs(epoch + 1))?.LossHistory is { } history && history.Count > epoch
        && !(Math.Abs(history[epoch] - ReferenceValues.LossHistoryOfEightEpochs[epoch]) <= Lesson.Tolerance);

    private static double? StepScale(Network start, Network right, Network network)
    {
        var step = Entries(right).Zip(Entries(start), (after, before) => after - before).ToArray();
        var taken = Entries(network).Zip(Entries(start), (after, before) => after - before).ToArray();
        var largest = Array.IndexOf(step, step.MaxBy(Math.Abs));
        var scale = taken[largest] / step[largest];
        var reversed = Math.Abs(scale + 1.0) <= 1e-6;
        return (reversed || (scale > 1e-6 && Math.Abs(scale - Math.Round(scale)) > 1e-6)) && taken.Zip(step).All(pair => Math.Abs(pair.First - (scale * pair.Second)) <= Lesson.Tolerance)
            ? scale
            : null;
    }

    // Fixtures.Training for another number of epochs.
    private static TrainingConfiguration Epochs(int epochs) =>
        new(Fixtures.Training.HiddenNodes, Fixtures.Training.LearningRate, epochs, Fixtures.Training.Seed);

    private static Matrix[] Parameters(Network network) => [network.Hidden.Weights, network.Hidden.Bias, network.Output.Weights, network.Output.Bias];

    private static IEnumerable<double> Entries(Network network) => Parameters(network).SelectMany(parameter => parameter.ToRows().SelectMany(row => row));
}
