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
        var (given, changed) = (Train(Fixtures.SmallInputs(), Fixtures.SmallTargets(), Fixtures.Training).Network, Train(Fixtures.SmallInputs(), Fixtures.SmallTargets(), other).Network);
        return given is not null && changed is not null && given.Output.Weights.ApproximatelyEquals(changed.Output.Weights, Lesson.Tolerance);
    }
}
