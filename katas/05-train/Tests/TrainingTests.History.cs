using System.Diagnostics.CodeAnalysis;
using NeuralKatas.Testing;

namespace NeuralKatas.Kata05;

/// <summary>How the tests read a loss history: its length, and where its entries lie along the reference's own.</summary>
public sealed partial class TrainingTests
{
    // One entry per epoch: one too few or too many is a loop bound only when the network is one step
    // off the same way at two epoch counts as well (OffByOneAtTwoCounts); with exactly its steps, one
    // loss more was recorded (before the loop or after the last update) or one was left out of the
    // history; anything else another count.
    private static void AssertHistoryLength(IReadOnlyList<double>? history, int epochs, bool stepsRight = false)
    {
        AssertHistoryMade(history, epochs);
        var count = history.Count;
        if (count != epochs)
        {
            var mistake = count == 0 ? Mistakes.TrainLossNotRecorded
                : count > epochs && HistoryGrowsBetweenCalls() ? Mistakes.StateBetweenCalls
                : Math.Abs(count - epochs) == 1 && !stepsRight && OffByOneAtTwoCounts() ? Mistakes.TrainOffByOne
                : Mistakes.TrainWrongEpochCount;
            Lesson.Fail($"LossHistory has {count} entries for configuration.Epochs = {epochs}; it needs one per epoch.", LoopFormula, mistake);
        }
    }

    private static void AssertHistoryMade([NotNull] IReadOnlyList<double>? history, int epochs)
    {
        if (history is null)
        {
            Lesson.Fail($"LossHistory is null for configuration.Epochs = {epochs}; it needs one entry per epoch.", LoopFormula, Mistakes.TrainLossNotRecorded);
        }
    }

    // A sigmoid network's loss is never exactly 0, so where Loss itself is right, a history of the right
    // length whose last entries are all 0 has epochs that never wrote theirs: a loop left early (once the
    // loss is "small enough", say), or a counter that skipped them. The short runs of the other tests
    // may never reach such a stop; the default run's 10 000 epochs do.
    private static void AssertWrittenToTheEnd(IReadOnlyList<double> history)
    {
        var written = history.Count - history.Reverse().TakeWhile(loss => loss == 0.0).Count();
        if (written > 0 && written < history.Count && LossIsRight())
        {
            Lesson.Fail($"LossHistory holds a loss for epochs 0 to {written - 1} and 0 for epochs {written} to {history.Count - 1}: those {history.Count - written} epochs never wrote one.",
                LoopFormula + "; every one of configuration.Epochs epochs runs", written == 1 ? Mistakes.TrainStoppedEarly : Mistakes.TrainWrongEpochCount);
        }
    }

    // A loss of 0 from Loss itself (of rounded predictions, say) is its own mistake, named by its own test.
    private static bool LossIsRight()
    {
        var loss = Lesson.Call(() => Training.Loss(Fixtures.SmallTargets(), SmallPrediction()), "Training.Loss", LossFormula);
        return Math.Abs(loss - SquaredError.Half(Fixtures.SmallTargets(), SmallPrediction())) <= Lesson.Tolerance;
    }

    // A history kept from one call to the next (a static list appended to) is longer each time the
    // same one-epoch training runs again.
    private static bool HistoryGrowsBetweenCalls()
    {
        var first = ResultForACheck(Epochs(1))?.LossHistory?.Count;
        var second = ResultForACheck(Epochs(1))?.LossHistory?.Count;
        return first is not null && second > first;
    }

    // Every epoch ran from the right start when the history holds Fixtures.Training's first two
    // losses and a third, lower one (the loss falls on this data): no loop bound is off then.
    private static bool HistoryIsRight(IReadOnlyList<double>? history) =>
        history is { Count: 3 } && Math.Abs(history[0] - ReferenceValues.FirstLoss) <= Lesson.Tolerance
        && Math.Abs(history[1] - ReferenceValues.LossAfterOneStep) <= Lesson.Tolerance && history[2] > 0.0 && history[2] < history[1];

    // The history of Fixtures.Training (3 epochs) read along the reference's first 8 losses: how many
    // steps its entries lie ahead of where they belong (1 for a loss recorded after each update; more
    // when the epochs ran again before the history was read), or null when it is no run of them; and
    // whether the network is the one after its 3 steps.
    private static (int? Shift, bool StepsRight) ShiftOfHistory()
    {
        var result = Train(Fixtures.SmallInputs(), Fixtures.SmallTargets(), Fixtures.Training);
        var (history, losses) = (result.LossHistory, ReferenceValues.LossHistoryOfEightEpochs);
        var stepsRight = Same(result.Network, ReferenceValues.AfterThreeEpochs);
        if (history is not { Count: 3 })
        {
            return (null, stepsRight);
        }

        for (var shift = 0; shift + history.Count <= losses.Count; shift++)
        {
            if (history.Select((loss, i) => Math.Abs(loss - losses[shift + i]) <= Lesson.Tolerance).All(close => close))
            {
                return (shift, stepsRight);
            }
        }

        return (null, stepsRight);
    }

    // A loop bound off by one is off by one at every epoch count: the network of Fixtures.Training's
    // 3 epochs has taken 2 steps or 4, and the one of a single epoch 0 or 2, one off the same way. A
    // bound of another number, or a counter that skips epochs (0, 2, 4, …: 2 steps for 3 epochs, 1 for
    // one), is one off at one count only.
    private static bool OffByOneAtTwoCounts()
    {
        var (three, one) = (StepsTaken(TrainedForACheck(Fixtures.Training)), StepsTaken(TrainedForACheck(Epochs(1))));
        return three is { } steps && one is { } stepsOfOne && Math.Abs(steps - 3) == 1 && steps - 3 == stepsOfOne - 1;
    }

    // How many steps of the reference's run of Fixtures.Training a network has taken (0 to 4), or null.
    private static int? StepsTaken(Network? network)
    {
        Network[] run = [ReferenceValues.Initial, ReferenceValues.AfterOneEpoch, ReferenceValues.AfterTwoEpochs, ReferenceValues.AfterThreeEpochs, ReferenceValues.AfterFourEpochs];
        var steps = Array.FindIndex(run, reference => Same(network, reference));
        return steps < 0 ? null : steps;
    }

    // The history of Fixtures.Training with an entry left at 0 between two losses that were written,
    // those the reference's first losses in order, and the network after as many steps as losses
    // were written: the loop skipped epochs (its counter moved twice in a pass, epochs 0, 2, 4, …
    // running). What it holds, in words, or null. A 0 first or last is a loop bound, not this.
    private static string? SkippedEpochs(IReadOnlyList<double>? history, Network network)
    {
        if (history is not { Count: > 2 } || history.Count != Fixtures.Training.Epochs)
        {
            return null;
        }

        var written = Enumerable.Range(0, history.Count).Where(i => history[i] != 0.0).ToList();
        var skipped = Enumerable.Range(0, history.Count).Where(i => history[i] == 0.0 && written.Any(w => w < i) && written.Any(w => w > i)).ToList();
        var losses = ReferenceValues.LossHistoryOfEightEpochs;
        var inOrder = written.Select((entry, k) => Math.Abs(history[entry] - losses[k]) <= Lesson.Tolerance).All(close => close);
        return skipped.Count > 0 && inOrder && StepsTaken(network) == written.Count
            ? $"With configuration.Epochs = {history.Count}, LossHistory is [{string.Join(", ", history.Select(loss => Lesson.Format(loss, 0.0)))}] and the network took {written.Count} steps, not {history.Count}: {(skipped.Count == 1 ? "entry" : "entries")} {string.Join(", ", skipped)} {(skipped.Count == 1 ? "was" : "were")} never written, and the others hold the losses before each of those steps, in order. The loop skipped epochs."
            : null;
    }

    // Every epoch of Fixtures.Training ran (the network is the one after 3 steps) and recorded its
    // loss, but the history handed back is the right one less its first entry (the untrained
    // network's loss, dropped "to spoil no curve") or less its last: which one, or null.
    private static string? DroppedLoss()
    {
        var result = Train(Fixtures.SmallInputs(), Fixtures.SmallTargets(), Fixtures.Training);
        var losses = ReferenceValues.LossHistoryOfEightEpochs;
        bool Holds(int first) => result.LossHistory is { Count: 2 } history
            && Math.Abs(history[0] - losses[first]) <= Lesson.Tolerance && Math.Abs(history[1] - losses[first + 1]) <= Lesson.Tolerance;

        return !Same(result.Network, ReferenceValues.AfterThreeEpochs) ? null
            : Holds(1) ? "the losses of epochs 2 and 3: the first epoch's, the untrained network's loss, was left out"
            : Holds(0) ? "the losses of epochs 1 and 2: the last epoch's was left out"
            : null;
    }
}
