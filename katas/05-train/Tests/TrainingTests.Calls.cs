using System.Diagnostics;
using NeuralKatas.Testing;

namespace NeuralKatas.Kata05;

/// <summary>How every test calls Train: an index overrun read as a loop bound, the inputs unchanged, and the network's sizes, read on the probe where every size differs.</summary>
public sealed partial class TrainingTests
{
    // The network the learner's Train gives on Fixtures' small data for another configuration, run
    // only to tell which mistake a failure is: a Train that throws there shows no mistake of the
    // kind looked for, and must not put its exception in place of the failing test's own message.
    private static Network? TrainedForACheck(TrainingConfiguration configuration) => ResultForACheck(configuration)?.Network;

    private static TrainingResult? ResultForACheck(TrainingConfiguration configuration)
    {
        try
        {
            return Train(Fixtures.SmallInputs(), Fixtures.SmallTargets(), configuration);
        }
#pragma warning disable CA1031 // See above: any failure means "not this mistake".
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    // Every call checks first: an index past the end of an array in Train itself (most often the
    // history, one epoch too many), the inputs unchanged, and the network's sizes, which the data
    // and the configuration fix (read on the probe, where every size differs).
    private static TrainingResult Train(Matrix input, Matrix target, TrainingConfiguration configuration)
    {
        var (inputBefore, targetBefore) = (input.Copy(), target.Copy());
        TrainingResult result;
        try
        {
            result = Lesson.Call(() => Training.Train(input, target, configuration), "Training.Train", LoopFormula, _ => ProbeSizes());
        }
        catch (IndexOutOfRangeException error) when (ThrownInTraining(error))
        {
            // One epoch too many overruns any history; a loop bounded by another number (the hidden
            // size, say) overruns a short one only.
            var longer = new TrainingConfiguration(configuration.HiddenNodes, configuration.LearningRate, 50, configuration.Seed);
            Lesson.Fail($"Training.Train threw IndexOutOfRangeException ({error.Message}) with configuration.Epochs = {configuration.Epochs}.",
                LoopFormula + "; epoch runs from 0 to Epochs − 1 and is the index of its entry in the history",
                Overruns(() => Training.Train(input, target, longer)) ? Mistakes.TrainOffByOne : Mistakes.TrainWrongEpochCount);
            throw;
        }

        Lesson.AssertUnchanged(inputBefore, input, "X", "Train");
        Lesson.AssertUnchanged(targetBefore, target, "Y", "Train");
        if (result is null)
        {
            Lesson.Fail("Training.Train returned null.", LoopFormula + "; return new TrainingResult(network, lossHistory)", null);
        }

        if (ProbeSizes() is { } sizes)
        {
            var fits = result!.Network?.Hidden.Weights.Shape == $"{input.Columns}×{configuration.HiddenNodes}" && result.Network.Output.Weights.Shape == $"{configuration.HiddenNodes}×{target.Columns}";
            Lesson.Fail($"Training.Train {(fits ? "works for these sizes, but not for all" : "trains a network of the wrong sizes")}. {sizes.Note}", LoopFormula, sizes.Mistake);
        }

        return result!;
    }

    private static bool Overruns(Action train)
    {
        try
        {
            train();
            return false;
        }
        catch (IndexOutOfRangeException error) when (ThrownInTraining(error))
        {
            return true;
        }
#pragma warning disable CA1031 // Another failure says nothing about the loop's bound.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    // The first frame of the course's own code (the runtime's throw helpers come before it): an
    // index error of the given Matrix arises in Matrix, one of an array of Train's in Training.
    private static bool ThrownInTraining(Exception error) =>
        new StackTrace(error).GetFrames().Select(frame => frame.GetMethod()?.DeclaringType)
            .FirstOrDefault(type => type?.Namespace?.StartsWith("NeuralKatas", StringComparison.Ordinal) == true) is { } type
        && (type.DeclaringType ?? type).Name == nameof(Training);

    // Y met entry by entry by a samples × k matrix, k neither the outputs, the hidden nodes nor the
    // inputs: Ŷ has k columns, so the output layer was sized by another number (a samples × hidden
    // one may be H; a samples × inputs one may be X handed on where Y goes, or a Ŷ of X's width).
    private static bool HasOutputsOfAnotherCount(ShapeError error)
    {
        const int samples = ShapeProbe.Samples;
        var other = OtherThanOutput(error);
        return other.Rows == samples && other.Columns is not (0 or ShapeProbe.Outputs or ShapeProbe.Hidden or ShapeProbe.Inputs);
    }

    // What met a samples × outputs matrix (Ŷ or Y) in an element-wise operation.
    private static ProbeMatrix OutputMetBy(ShapeError error) => ShapeProbe.RoleOf(OtherThanOutput(error));

    private static (int Rows, int Columns) OtherThanOutput(ShapeError error) =>
        ShapeProbe.RoleOf(error.Left) == ProbeMatrix.OutputLayer ? error.Right : ShapeProbe.RoleOf(error.Right) == ProbeMatrix.OutputLayer ? error.Left : (0, 0);

    // The one-node run goes first, so the network trained last is the probe's, whose shapes a Predict
    // that keeps the last trained network shows (state-between-calls).
    private static ShapeReading? ProbeSizes()
    {
        var oneNode = OneHiddenNode();
        return ProbeSizesOfFive() ?? oneNode;
    }

    // One hidden node is a size like any other: the network asked for, though it cannot learn XOR.
    private static ShapeReading? OneHiddenNode()
    {
        TrainingResult result;
        try
        {
            result = Training.Train(ShapeProbe.Input(), ShapeProbe.Target(), new TrainingConfiguration(1, 0.5, 1, 1));
        }
#pragma warning disable CA1031 // Code that fails here fails the tests' own calls too, which report it.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }

        return result.Network is { } network && network.Hidden.Weights.Shape != $"{ShapeProbe.Inputs}×1"
            ? new ShapeReading(Mistakes.TrainWrongLayerSizes, $"With configuration.HiddenNodes = 1, the trained W1 is {network.Hidden.Weights.Shape}; expected {ShapeProbe.Inputs}×1.")
            : null;
    }

    private static ShapeReading? ProbeSizesOfFive()
    {
        const int inputs = ShapeProbe.Inputs, hidden = ShapeProbe.Hidden, outputs = ShapeProbe.Outputs;
        var configuration = new TrainingConfiguration(hidden, 0.5, 1, 1);
        return ShapeProbe.Read(() => Training.Train(ShapeProbe.Input(), ShapeProbe.Target(), configuration),
            error => error.Operation == ShapeOperation.Multiply && ShapeProbe.RoleOf(error.Left) == ProbeMatrix.X && error.Right.Rows != inputs ? Mistakes.TrainWrongLayerSizes
                : error.Operation == ShapeOperation.Elementwise && OutputMetBy(error) == ProbeMatrix.X ? Mistakes.TrainInputForTarget
                : error.Operation == ShapeOperation.Elementwise && HasOutputsOfAnotherCount(error) ? Mistakes.TrainWrongLayerSizes
                : null,
            result => result.Network is { } network && (network.Hidden.Weights.Shape != $"{inputs}×{hidden}" || network.Output.Weights.Shape != $"{hidden}×{outputs}")
                ? new ShapeReading(Mistakes.TrainWrongLayerSizes,
                    $"On {ShapeProbe.Description}, the trained W1 is {network.Hidden.Weights.Shape} and W2 {network.Output.Weights.Shape}; expected {inputs}×{hidden} and {hidden}×{outputs}.")
                : null,
            nameOperands: false);
    }
}
