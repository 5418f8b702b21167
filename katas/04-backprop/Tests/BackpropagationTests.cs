using NeuralKatas.Testing;

namespace NeuralKatas.Kata04;

/// <summary>
/// Kata 04: the true gradients of L = ½ Σ (Y − Ŷ)², checked against central finite
/// differences, and the update θ ← θ − η·∂L/∂θ.
/// </summary>
[TestFixture]
public sealed class BackpropagationTests
{
    // Finite differences measure the gradient to about 1e-10; this leaves room for that and no more.
    private const double MeasuredTolerance = 1e-7;
    private const string OutputFormula = "∂W2 = Hᵀ·δ2 and ∂b2 = column sums of δ2, with δ2 = (Ŷ − Y) ⊙ σ′(Z2)";
    private const string HiddenFormula = "∂W1 = Xᵀ·δ1 and ∂b1 = column sums of δ1, with δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1), W2 being the weights before any update";
    private const string UpdateFormula = "θ ← θ − η·∂L/∂θ for every parameter θ";

    [Test]
    public void Output_layer_gradients_match_finite_differences()
    {
        var (input, target, network, measured) = SmallCase();

        var gradients = Backward(input, target, network);

        var mistakes = Mistakes(input, target, network);
        Lesson.AssertWithin(MeasuredTolerance, measured.OutputWeights, gradients.OutputWeights, "∂L/∂W2", OutputFormula,
            [.. mistakes.Select(m => new KnownMistake(m.Description, m.Gradients.OutputWeights))]);
        Lesson.AssertWithin(MeasuredTolerance, measured.OutputBias, gradients.OutputBias, "∂L/∂b2", OutputFormula,
            [.. mistakes.Select(m => new KnownMistake(m.Description, m.Gradients.OutputBias))]);
    }

    [Test]
    public void Hidden_layer_gradients_match_finite_differences()
    {
        var (input, target, network, measured) = SmallCase();

        var gradients = Backward(input, target, network);

        var mistakes = Mistakes(input, target, network);
        var outputsRight = gradients.OutputWeights.ApproximatelyEquals(measured.OutputWeights, MeasuredTolerance);
        var hiddenRight = gradients.HiddenWeights.ApproximatelyEquals(measured.HiddenWeights, MeasuredTolerance)
            && gradients.HiddenBias.ApproximatelyEquals(measured.HiddenBias, MeasuredTolerance);
        if (outputsRight && !hiddenRight && mistakes.All(m => !gradients.HiddenWeights.ApproximatelyEquals(m.Gradients.HiddenWeights, Lesson.Tolerance)))
        {
            Lesson.Fail(
                $"∂L/∂W1 is {gradients.HiddenWeights}; finite differences measure {measured.HiddenWeights}. The output layer's gradients are right, so the error goes wrong on its way back.",
                HiddenFormula,
                "the hidden error taken from already-updated weights, or σ′ taken at the wrong place: δ1 must use the pre-update W2 (the network the forward pass used) and σ′(Z1).");
        }

        Lesson.AssertWithin(MeasuredTolerance, measured.HiddenWeights, gradients.HiddenWeights, "∂L/∂W1", HiddenFormula,
            [.. mistakes.Select(m => new KnownMistake(m.Description, m.Gradients.HiddenWeights))]);
        Lesson.AssertWithin(MeasuredTolerance, measured.HiddenBias, gradients.HiddenBias, "∂L/∂b1", HiddenFormula,
            [.. mistakes.Select(m => new KnownMistake(m.Description, m.Gradients.HiddenBias))]);
    }

    [Test]
    public void Gradients_of_a_saturated_network_still_match_finite_differences()
    {
        // Large weights push Z far from 0, where σ′(z) and the seed tutorial's σ′(σ(z)) differ
        // most (at z = 4: 0.0177 against 0.198).
        var (input, target, small, _) = SmallCase();
        var network = new Network(
            new Layer(small.Hidden.Weights.Scale(4), small.Hidden.Bias.Scale(4)),
            new Layer(small.Output.Weights.Scale(4), small.Output.Bias.Scale(4)));
        var measured = FiniteDifferences.Measure(input, target, network);

        var gradients = Backward(input, target, network);

        var mistakes = Mistakes(input, target, network);
        Lesson.AssertWithin(MeasuredTolerance, measured.OutputWeights, gradients.OutputWeights, "∂L/∂W2 of a saturated network", OutputFormula,
            [.. mistakes.Select(m => new KnownMistake(m.Description, m.Gradients.OutputWeights))]);
        Lesson.AssertWithin(MeasuredTolerance, measured.HiddenWeights, gradients.HiddenWeights, "∂L/∂W1 of a saturated network", HiddenFormula,
            [.. mistakes.Select(m => new KnownMistake(m.Description, m.Gradients.HiddenWeights))]);
    }

    [Test]
    public void Backward_leaves_its_inputs_unchanged()
    {
        var (input, target, network, _) = SmallCase();
        var forward = ReferenceNetwork.Forward(input, network);
        var outputBefore = forward.Output.Copy();
        var weightsBefore = network.Output.Weights.Copy();
        var targetBefore = target.Copy();

        Lesson.Call(() => Backpropagation.Backward(input, target, network, forward), "Backpropagation.Backward", OutputFormula);

        Lesson.AssertUnchanged(outputBefore, forward.Output, "The forward pass's output Ŷ", "Backward");
        Lesson.AssertUnchanged(weightsBefore, network.Output.Weights, "W2", "Backward");
        Lesson.AssertUnchanged(targetBefore, target, "Y", "Backward");
    }

    [Test]
    public void Update_steps_against_the_gradient()
    {
        var (input, target, network, _) = SmallCase();
        var gradients = ReferenceNetwork.Gradients(input, target, network);
        var expected = ReferenceNetwork.Step(network, gradients, 0.5);

        var updated = Lesson.Call(() => Backpropagation.Update(network, gradients, 0.5), "Backpropagation.Update(network, gradients, 0.5)", UpdateFormula);

        var uphill = ReferenceNetwork.Step(network, gradients, -0.5);
        var fullStep = ReferenceNetwork.Step(network, gradients, 1.0);
        Lesson.AssertClose(expected.Hidden.Weights, updated.Hidden.Weights, "W1 after Update with η = 0.5", UpdateFormula,
            new KnownMistake("a wrong update sign: θ + η·∂L/∂θ climbs the loss. Subtract the scaled gradient.", uphill.Hidden.Weights),
            new KnownMistake("you left out the learning rate: scale the gradient by η before subtracting it.", fullStep.Hidden.Weights),
            new KnownMistake("you returned the network unchanged.", network.Hidden.Weights));
        Lesson.AssertClose(expected.Hidden.Bias, updated.Hidden.Bias, "b1 after Update", UpdateFormula,
            new KnownMistake("a wrong update sign: θ + η·∂L/∂θ climbs the loss.", uphill.Hidden.Bias));
        Lesson.AssertClose(expected.Output.Weights, updated.Output.Weights, "W2 after Update", UpdateFormula,
            new KnownMistake("a wrong update sign: θ + η·∂L/∂θ climbs the loss.", uphill.Output.Weights));
        Lesson.AssertClose(expected.Output.Bias, updated.Output.Bias, "b2 after Update", UpdateFormula,
            new KnownMistake("a wrong update sign: θ + η·∂L/∂θ climbs the loss.", uphill.Output.Bias));
    }

    [Test]
    public void Update_leaves_the_network_it_was_given_unchanged()
    {
        var (input, target, network, _) = SmallCase();
        var gradients = ReferenceNetwork.Gradients(input, target, network);
        var hiddenBefore = network.Hidden.Weights.Copy();
        var outputBefore = network.Output.Weights.Copy();
        var biasBefore = network.Output.Bias.Copy();

        Lesson.Call(() => Backpropagation.Update(network, gradients, 0.5), "Backpropagation.Update", UpdateFormula);

        Lesson.AssertUnchanged(hiddenBefore, network.Hidden.Weights, "W1 of the network passed to Update", "Update");
        Lesson.AssertUnchanged(outputBefore, network.Output.Weights, "W2 of the network passed to Update", "Update");
        Lesson.AssertUnchanged(biasBefore, network.Output.Bias, "b2 of the network passed to Update", "Update");
    }

    [Test]
    public void One_small_step_lowers_the_loss()
    {
        var (input, target, network, _) = SmallCase();
        var before = ReferenceNetwork.Loss(target, ReferenceNetwork.Forward(input, network).Output);

        var gradients = Backward(input, target, network);
        var updated = Lesson.Call(() => Backpropagation.Update(network, gradients, 0.1), "Backpropagation.Update", UpdateFormula);
        var after = ReferenceNetwork.Loss(target, ReferenceNetwork.Forward(input, updated).Output);

        if (!(after < before))
        {
            Lesson.Fail($"One step with η = 0.1 took the loss from {Lesson.Format(before)} to {Lesson.Format(after)}; it should go down.",
                UpdateFormula, "a wrong sign somewhere: δ2 starts from Ŷ − Y, and the update subtracts η·∂L/∂θ.");
        }
    }

    private static (Matrix Input, Matrix Target, Network Network, Gradients Measured) SmallCase()
    {
        var input = Fixtures.SmallInputs();
        var target = Fixtures.SmallTargets();
        var network = Fixtures.SmallNetwork();
        return (input, target, network, FiniteDifferences.Measure(input, target, network));
    }

    private static Gradients Backward(Matrix input, Matrix target, Network network)
    {
        var forward = ReferenceNetwork.Forward(input, network);
        return Lesson.Call(() => Backpropagation.Backward(input, target, network, forward), "Backpropagation.Backward(X, Y, network, forward)", OutputFormula);
    }

    private static List<(string Description, Gradients Gradients)> Mistakes(Matrix input, Matrix target, Network network)
    {
        var forward = ReferenceNetwork.Forward(input, network);
        var ones = forward.Z2.Map(_ => 1.0);
        var hiddenOnes = forward.Z1.Map(_ => 1.0);

        Gradients With(Matrix error, Matrix outputSlope, Matrix hiddenSlope, double scale)
        {
            var outputDelta = error.MultiplyElementwise(outputSlope);
            var hiddenDelta = outputDelta.Multiply(network.Output.Weights.Transpose()).MultiplyElementwise(hiddenSlope);
            return new Gradients(
                input.Transpose().Multiply(hiddenDelta).Scale(scale),
                hiddenDelta.SumColumns().Scale(scale),
                forward.H.Transpose().Multiply(outputDelta).Scale(scale),
                outputDelta.SumColumns().Scale(scale));
        }

        var error = forward.Output.Subtract(target);
        var outputSlope = forward.Z2.Map(ReferenceNetwork.SigmoidDerivative);
        var hiddenSlope = forward.Z1.Map(ReferenceNetwork.SigmoidDerivative);
        return
        [
            ("σ′ applied to the activations: σ′(Ŷ) and σ′(H) are σ′(σ(z)), the seed tutorial's bug. Pass the pre-activations Z2 and Z1 to SigmoidDerivative.",
                With(error, forward.Output.Map(ReferenceNetwork.SigmoidDerivative), forward.H.Map(ReferenceNetwork.SigmoidDerivative), 1)),
            ("a missing derivative: δ2 = (Ŷ − Y) ⊙ σ′(Z2) and δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1) both need the σ′ factor.",
                With(error, ones, hiddenOnes, 1)),
            ("a missing derivative in the hidden layer: δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1) needs the σ′(Z1) factor.",
                With(error, outputSlope, hiddenOnes, 1)),
            ("a wrong sign: the error is Ŷ − Y (prediction minus target), so these gradients point uphill.",
                With(target.Subtract(forward.Output), outputSlope, hiddenSlope, 1)),
            ($"averaging instead of summing: L sums over the samples, so the gradients do too; do not divide by n = {input.Rows}.",
                With(error, outputSlope, hiddenSlope, 1.0 / input.Rows)),
        ];
    }
}
