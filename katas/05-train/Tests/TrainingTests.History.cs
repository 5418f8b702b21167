using NeuralKatas.Testing;

namespace NeuralKatas.Kata05;

/// <summary>How the tests read a loss history: its length, and whether it is the right one.</summary>
public sealed partial class TrainingTests
{
    // One entry per epoch: one too few or too many is a loop bound, unless the network took exactly
    // its steps (then one loss more was recorded, before the loop or after the last update);
    // anything else another count.
    private static void AssertHistoryLength(IReadOnlyList<double> history, int epochs, bool stepsRight = false)
    {
        var count = history.Count;
        if (count != epochs)
        {
            var mistake = count == 0 ? Mistakes.TrainLossNotRecorded
                : count == epochs + 1 && stepsRight ? Mistakes.TrainWrongEpochCount
                : Math.Abs(count - epochs) == 1 ? Mistakes.TrainOffByOne
                : Mistakes.TrainWrongEpochCount;
            Lesson.Fail($"LossHistory has {count} entries for configuration.Epochs = {epochs}; it needs one per epoch.", LoopFormula, mistake);
        }
    }

    // Every epoch ran from the right start when the history holds Fixtures.Training's first two
    // losses and a third, lower one (the loss falls on this data): no loop bound is off then.
    private static bool HistoryIsRight(IReadOnlyList<double>? history) =>
        history is { Count: 3 } && Math.Abs(history[0] - ReferenceValues.FirstLoss) <= Lesson.Tolerance
        && Math.Abs(history[1] - ReferenceValues.LossAfterOneStep) <= Lesson.Tolerance && history[2] > 0.0 && history[2] < history[1];
}
