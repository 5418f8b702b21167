using NeuralKatas.Testing;

namespace NeuralKatas.Kata05;

/// <summary>The network's sizes, read on the probe where every size differs: what Train checks after every call.</summary>
public sealed partial class TrainingTests
{
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

    private static ShapeReading? ProbeSizes()
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
