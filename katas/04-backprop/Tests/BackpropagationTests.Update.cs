using NeuralKatas.Testing;

namespace NeuralKatas.Kata04;

/// <summary>How the update tests call Update, and a step that must follow the gradient whatever its size.</summary>
public sealed partial class BackpropagationTests
{
    // The fixture's gradients are short (their joint length is below 1), where a step clipped or
    // normalised to a length of its own is the right step. 64 times the gradients with η / 64 must
    // take exactly the same step (both factors are powers of two, so not even a bit differs).
    private static void AssertStepFollowsTheGradient(Network network, Network expected)
    {
        const double factor = 64;
        var gradients = ReferenceValues.SmallGradients;
        var longer = new Gradients(gradients.HiddenWeights.Scale(factor), gradients.HiddenBias.Scale(factor), gradients.OutputWeights.Scale(factor), gradients.OutputBias.Scale(factor));

        var updated = Update(network, longer, 0.5 / factor);

        const string what = " after Update(network, 64·gradients, 0.5 / 64)";
        const string formula = UpdateFormula + ": the step is η·∂L/∂θ whatever the gradients' size, never clipped or normalised";
        Lesson.AssertClose(expected.Hidden.Weights, updated.Hidden.Weights, "W1" + what, formula);
        Lesson.AssertClose(expected.Hidden.Bias, updated.Hidden.Bias, "b1" + what, formula);
        Lesson.AssertClose(expected.Output.Weights, updated.Output.Weights, "W2" + what, formula);
        Lesson.AssertClose(expected.Output.Bias, updated.Output.Bias, "b2" + what, formula);
    }

    private static Network Update(Network network, double learningRate) => Update(network, ReferenceValues.SmallGradients, learningRate);

    private static Network Update(Network network, Gradients gradients, double learningRate)
    {
        // The gradients are an input too: scaled by η in place, they leave the network right and the caller's gradients wrong.
        Matrix[] given = [network.Hidden.Weights, network.Hidden.Bias, network.Output.Weights, network.Output.Bias,
            gradients.HiddenWeights, gradients.HiddenBias, gradients.OutputWeights, gradients.OutputBias];
        string[] names = ["W1 of the network", "b1 of the network", "W2 of the network", "b2 of the network", "∂W1 of the gradients", "∂b1 of the gradients", "∂W2 of the gradients", "∂b2 of the gradients"];
        var before = given.Select(m => m.Copy()).ToList();
        var updated = Lesson.Call(() => Backpropagation.Update(network, gradients, learningRate),
            $"Backpropagation.Update(network, gradients, {learningRate})", UpdateFormula,
            _ => ShapeProbe.Read(() => Backpropagation.Update(ShapeProbe.Network(), ShapeProbe.Gradients(), learningRate), ReadUpdateShapeError, _ => null, nameOperands: true));
        for (var i = 0; i < given.Length; i++)
        {
            Lesson.AssertUnchanged(before[i], given[i], $"{names[i]} passed to Update", "Update");
        }

        return updated;
    }

    // On the probe no two parameters share a shape, so a step between two of them pairs the wrong
    // gradient, and output weights of W1's shape in the new Network are the hidden layer's, as is a
    // Layer of one layer's weights and the other layer's bias.
    private static Mistake? ReadUpdateShapeError(ShapeError error)
    {
        ProbeMatrix[] parameters = [ProbeMatrix.W1, ProbeMatrix.B1, ProbeMatrix.W2, ProbeMatrix.B2];
        var (left, right) = (ShapeProbe.RoleOf(error.Left), ShapeProbe.RoleOf(error.Right));
        return error.Operation == ShapeOperation.Elementwise && parameters.Contains(left) && parameters.Contains(right) ? Mistakes.UpdateWrongGradient
            : error.Operation == ShapeOperation.Network && left == ProbeMatrix.W1 ? Mistakes.UpdateWrongLayer
            : error.Operation == ShapeOperation.Layer && (left, right) is (ProbeMatrix.W1, ProbeMatrix.B2) or (ProbeMatrix.W2, ProbeMatrix.B1) ? Mistakes.UpdateWrongLayer
            : error.Operation == ShapeOperation.Elementwise && error.Left == (error.Right.Columns, error.Right.Rows) ? Mistakes.TransposedMatrix
            : null;
    }
}
