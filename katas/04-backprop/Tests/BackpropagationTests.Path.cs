using NeuralKatas.Testing;

namespace NeuralKatas.Kata04;

/// <summary>Whether the error goes back to the hidden layer through all of the W2 Backward was given, transposed.</summary>
public sealed partial class BackpropagationTests
{
    // A second probe whose sizes all differ from each other and from the first's, where one node
    // fewer than the hidden layer has (4) is no other size: on the first probe that is 2, X's columns.
    private const int SecondSamples = 6, SecondInputs = 3, SecondHidden = 5, SecondOutputs = 2;
    private const string SecondDescription = "6 samples, 3 inputs, 5 hidden nodes, 2 outputs";

    // Given the forward pass, δ2 does not depend on W2 and δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1) is linear in it: with
    // W2 doubled (a power of two, so exactly) the output gradients stay and the hidden ones double.
    // Hidden gradients that stay the same do not come from the W2 Backward was given. A ∂W1 of another
    // shape than W1's is a mistake of its own, for the shape checks to name (Xᵀ·δ2, say).
    private static void AssertHiddenErrorFollowsW2(Network network, ForwardPass forward, Gradients gradients)
    {
        var doubled = new Network(network.Hidden, new Layer(network.Output.Weights.Scale(2), network.Output.Bias));
        var again = TryBackward(Fixtures.SmallInputs(), Fixtures.SmallTargets(), doubled, forward);
        if (again?.HiddenWeights is not { } weights || again.OutputWeights is null || gradients.HiddenWeights is not { } before || gradients.OutputWeights is null
            || weights.Shape != before.Shape || before.Shape != network.Hidden.Weights.Shape || before.ApproximatelyEquals(before.Scale(0), Lesson.Tolerance))
        {
            return;
        }

        if (again.OutputWeights.ApproximatelyEquals(gradients.OutputWeights, Lesson.Tolerance) && weights.ApproximatelyEquals(before, 0))
        {
            Lesson.Fail(
                $"With W2 doubled and everything else the same, Backpropagation.Backward gives the same ∂L/∂W1, {weights}; it must double, since δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1) and δ2 stays the same. "
                + "δ1 does not go back through the W2 Backward was given: a W2 or W2ᵀ kept from an earlier call (a static field, a cache) does this.",
                HiddenFormula, Mistakes.BackpropHiddenErrorPath);
        }
    }

    // On the probe W2 has several columns (outputs), where W2's entries read out row by row into an
    // outputs × hidden matrix (a reshape, NumPy's w2.reshape) have W2ᵀ's shape but not its values;
    // with one output, as in the fixtures, the two are the same matrix.
    private static ShapeReading? ReshapedForTranspose(Gradients g)
    {
        var (input, target, network, forward) = (ShapeProbe.Input(), ShapeProbe.Target(), ShapeProbe.Network(), ShapeProbe.Forward());
        var outputDelta = forward.Output.Subtract(target).MultiplyElementwise(forward.Z2.Map(Slope));
        var w2 = network.Output.Weights;
        var reshaped = Matrix.FromFunction(w2.Columns, w2.Rows, (r, c) => w2[((r * w2.Rows) + c) / w2.Columns, ((r * w2.Rows) + c) % w2.Columns]);
        var reshapedDelta = outputDelta.Multiply(reshaped).MultiplyElementwise(forward.Z1.Map(Slope));
        var rightOutput = g.OutputWeights.ApproximatelyEquals(forward.H.Transpose().Multiply(outputDelta), Lesson.Tolerance);
        return rightOutput && g.HiddenWeights.ApproximatelyEquals(input.Transpose().Multiply(reshapedDelta), Lesson.Tolerance)
            ? new ShapeReading(Mistakes.BackpropHiddenErrorPath,
                $"On {ShapeProbe.Description}, ∂W1 is the one with W2's entries read row by row into a {w2.Columns}×{w2.Rows} matrix (a reshape) in W2ᵀ's place. "
                + "A reshape keeps the entries' order and a transpose turns rows into columns: the two agree only when W2 has one column, as with one output. Use W2.Transpose().")
            : null;
    }

    // δ2·W2ᵀ one column short of the hidden layer met σ′(Z1) in ⊙ on both probes: W2 lost a row
    // (a hidden node) on the way. On one probe alone samples × (hidden − 1) may be another matrix's shape.
    private static ShapeReading? HiddenErrorOneNodeShort()
    {
        var first = ShapeErrorOf(() => Backpropagation.Backward(ShapeProbe.Input(), ShapeProbe.Target(), ShapeProbe.Network(), ShapeProbe.Forward()));
        var second = ShapeErrorOf(() => Backpropagation.Backward(
            Filled(SecondSamples, SecondInputs, 0.3), Filled(SecondSamples, SecondOutputs, 0.6),
            new Network(new Layer(Filled(SecondInputs, SecondHidden, -0.2), Filled(1, SecondHidden, 0.1)), new Layer(Filled(SecondHidden, SecondOutputs, 0.4), Filled(1, SecondOutputs, -0.1))),
            new ForwardPass(Filled(SecondSamples, SecondHidden, 0.2), Filled(SecondSamples, SecondHidden, 0.55), Filled(SecondSamples, SecondOutputs, -0.3), Filled(SecondSamples, SecondOutputs, 0.45))));
        static bool OneShort((string Message, ShapeError? Error)? thrown, int samples, int hidden) =>
            thrown?.Error is { IsElementwiseProduct: true } error && new[] { error.Left, error.Right }.Order().SequenceEqual(new[] { (samples, hidden - 1), (samples, hidden) });
        return OneShort(first, ShapeProbe.Samples, ShapeProbe.Hidden) && OneShort(second, SecondSamples, SecondHidden)
            ? new ShapeReading(Mistakes.BackpropHiddenErrorPath,
                $"On {ShapeProbe.Description} it throws: {first!.Value.Message} On {SecondDescription}: {second!.Value.Message} "
                + "Both times a samples × (hidden − 1) matrix meets σ′(Z1): δ2·W2ᵀ is one hidden node short. W2 is hidden × outputs with no bias row; send δ2 back through all of it.")
            : null;
    }

    private static (string Message, ShapeError? Error)? ShapeErrorOf(Func<Gradients> learnerCode)
    {
        try
        {
            learnerCode();
            return null;
        }
#pragma warning disable CA1031 // Only a shape error is read here; any other failure is the tests' own calls' to report.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return error is ArgumentException && error.Message.StartsWith("Cannot ", StringComparison.Ordinal) ? (error.Message, ShapeError.Parse(error.Message)) : null;
        }
    }

    private static double Slope(double z)
    {
        var s = 1.0 / (1.0 + Math.Exp(-z));
        return s * (1.0 - s);
    }

    private static Matrix Filled(int rows, int columns, double start) => Matrix.FromFunction(rows, columns, (r, c) => start + (0.07 * r) - (0.05 * c));
}
