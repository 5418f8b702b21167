using NeuralKatas.Testing;

namespace NeuralKatas.Kata03;

/// <summary>Kata 03: Z1 = X·W1 + b1, H = σ(Z1), Z2 = H·W2 + b2, Ŷ = σ(Z2).</summary>
[TestFixture]
public sealed class ForwardPropagationTests
{
    private const string Formula = "Z1 = X·W1 + b1, H = σ(Z1), Z2 = H·W2 + b2, Ŷ = σ(Z2)";

    [Test]
    public void Z1_is_the_inputs_times_W1_plus_b1()
    {
        var (input, network, expected) = SmallCase();

        var forward = Run(input, network);

        Lesson.AssertClose(expected.Z1, forward.Z1, "Z1 (3 samples × 3 hidden nodes)", "Z1 = X·W1 + b1, with b1 added to every row",
            new KnownMistake(Mistakes.ForwardMissingHiddenBias, input.Multiply(network.Hidden.Weights)),
            new KnownMistake(Mistakes.ForwardActivationInZ, expected.H));
    }

    [Test]
    public void H_is_the_sigmoid_of_Z1()
    {
        var (input, network, expected) = SmallCase();

        var forward = Run(input, network);

        Lesson.AssertClose(expected.H, forward.H, "H", "H = σ(Z1), element by element: Z1.Map(Activation.Sigmoid)",
            new KnownMistake(Mistakes.ForwardMissingActivation, expected.Z1),
            new KnownMistake(Mistakes.ForwardMissingHiddenBias, ReferenceValues.SmallHiddenWithoutBias));
    }

    [Test]
    public void Z2_is_H_times_W2_plus_b2()
    {
        var (input, network, expected) = SmallCase();

        var forward = Run(input, network);

        Lesson.AssertClose(expected.Z2, forward.Z2, "Z2 (3 samples × 1 output)", "Z2 = H·W2 + b2",
            new KnownMistake(Mistakes.ForwardMissingOutputBias, expected.H.Multiply(network.Output.Weights)),
            new KnownMistake(Mistakes.ForwardOutputFromZ1, expected.Z1.Multiply(network.Output.Weights).AddRowVector(network.Output.Bias)),
            new KnownMistake(Mistakes.ForwardActivationInZ, expected.Output));
    }

    [Test]
    public void The_output_is_the_sigmoid_of_Z2()
    {
        var (input, network, expected) = SmallCase();

        var forward = Run(input, network);

        Lesson.AssertClose(expected.Output, forward.Output, "Ŷ (the output)", Formula,
            new KnownMistake(Mistakes.ForwardMissingActivation, expected.Z2));
    }

    [Test]
    public void Every_sample_is_a_row_of_the_result()
    {
        // One sample alone must give the same output as that sample's row in a batch.
        var (input, network, expected) = SmallCase();
        var second = Matrix.FromRows([input.ToRows()[1]]);

        var alone = Run(second, network);

        Lesson.AssertClose(Matrix.FromRows([expected.Output.ToRows()[1]]), alone.Output, "Ŷ for the second sample on its own", "rows are samples: each row of X gives one row of Ŷ");
    }

    [Test]
    public void Forward_leaves_its_inputs_unchanged()
    {
        var (input, network, _) = SmallCase();
        var inputBefore = input.Copy();
        var weightsBefore = network.Hidden.Weights.Copy();
        var outputWeightsBefore = network.Output.Weights.Copy();

        Run(input, network);

        Lesson.AssertUnchanged(inputBefore, input, "X", "Forward");
        Lesson.AssertUnchanged(weightsBefore, network.Hidden.Weights, "W1", "Forward");
        Lesson.AssertUnchanged(outputWeightsBefore, network.Output.Weights, "W2", "Forward");
    }

    private static (Matrix Input, Network Network, ForwardPass Expected) SmallCase() =>
        (Fixtures.SmallInputs(), Fixtures.SmallNetwork(), ReferenceValues.SmallForward);

    private static ForwardPass Run(Matrix input, Network network)
    {
        var forward = Lesson.Call(() => ForwardPropagation.Forward(input, network), "ForwardPropagation.Forward(X, network)", Formula);
        if (forward is null)
        {
            Lesson.Fail("ForwardPropagation.Forward(X, network) returned null.", Formula + "; return new ForwardPass(z1, h, z2, output)", null);
        }

        return forward!;
    }
}
