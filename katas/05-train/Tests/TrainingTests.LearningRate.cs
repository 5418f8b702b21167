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

    // The step of one epoch, against one Update at configuration.LearningRate from the same network
    // (ReferenceValues.Initial to AfterOneEpoch). Every weight and bias moved by one multiple of it
    // says the step followed the right gradient at another learning rate (a warm-up, a factor of
    // one's own); 0 is no step and 1 the right one, another gradient moves the parameters by no
    // common multiple, and a whole multiple is what Update called that many times with the same
    // gradients gives (the same values, so neither is named). The multiple, or null.
    private static double? FirstStepScale()
    {
        var once = new TrainingConfiguration(Fixtures.Training.HiddenNodes, Fixtures.Training.LearningRate, 1, Fixtures.Training.Seed);
        var network = TrainedForACheck(once);
        var (start, right) = (ReferenceValues.Initial, ReferenceValues.AfterOneEpoch);
        if (network is null || Parameters(network).Select(p => p.Shape).SequenceEqual(Parameters(start).Select(p => p.Shape)) is false)
        {
            return null;
        }

        var step = Entries(right).Zip(Entries(start), (after, before) => after - before).ToArray();
        var taken = Entries(network).Zip(Entries(start), (after, before) => after - before).ToArray();
        var largest = Array.IndexOf(step, step.MaxBy(Math.Abs));
        var scale = taken[largest] / step[largest];
        return scale > 1e-6 && Math.Abs(scale - Math.Round(scale)) > 1e-6 && taken.Zip(step).All(pair => Math.Abs(pair.First - (scale * pair.Second)) <= Lesson.Tolerance)
            ? scale
            : null;
    }

    private static Matrix[] Parameters(Network network) => [network.Hidden.Weights, network.Hidden.Bias, network.Output.Weights, network.Output.Bias];

    private static IEnumerable<double> Entries(Network network) => Parameters(network).SelectMany(parameter => parameter.ToRows().SelectMany(row => row));
}
