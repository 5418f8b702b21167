using NeuralKatas.Testing;

namespace NeuralKatas.Kata04;

/// <summary>
/// Kata 04: the true gradients of L = ½ Σ (Y − Ŷ)², checked against central finite
/// differences, and the update θ ← θ − η·∂L/∂θ.
/// </summary>
[TestFixture]
public sealed partial class BackpropagationTests
{
    // The generator's finite differences agree with the reference's exact gradients to about 1e-11;
    // this leaves room for that and no more: gradients estimated by differences themselves, with a
    // step of 1e-3, are off by about 1e-7.
    private const double MeasuredTolerance = 1e-9;
    private const string OutputFormula = "∂W2 = Hᵀ·δ2 and ∂b2 = column sums of δ2, with δ2 = (Ŷ − Y) ⊙ σ′(Z2)";
    private const string HiddenFormula = "∂W1 = Xᵀ·δ1 and ∂b1 = column sums of δ1, with δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1), W2 being the weights before any update";
    private const string UpdateFormula = "θ ← θ − η·∂L/∂θ for every parameter θ";

    [Test]
    public void Output_layer_gradients_match_finite_differences()
    {
        var gradients = Backward(Fixtures.SmallNetwork(), ReferenceValues.SmallForward);

        var mistakes = SmallMistakes();
        Lesson.AssertWithin(MeasuredTolerance, ReferenceValues.SmallMeasured.OutputWeights, gradients.OutputWeights, "∂L/∂W2", OutputFormula,
            [.. AgreeingOnBias(gradients.OutputBias, mistakes, g => g.OutputBias).Select(m => new KnownMistake(m.Mistake, m.Gradients.OutputWeights))]);
        Lesson.AssertWithin(MeasuredTolerance, ReferenceValues.SmallMeasured.OutputBias, gradients.OutputBias, "∂L/∂b2", OutputFormula,
            [.. ConsistentWith(gradients.OutputWeights, mistakes, g => g.OutputWeights).Select(m => new KnownMistake(m.Mistake, m.Gradients.OutputBias)),
            .. SummedBeforeTheFactor(mistakes, Mistakes.BackpropMissingDerivative, g => g.OutputBias), KnownMistake.Shape(Mistakes.BackpropBiasNotSummed, 3, 1),
            .. SummedWrongAxis(ReferenceValues.SmallGradients.OutputBias, null), BiasAveraged(ReferenceValues.SmallGradients.OutputBias)]);
    }

    [Test]
    public void Hidden_layer_gradients_match_finite_differences()
    {
        var gradients = Backward(Fixtures.SmallNetwork(), ReferenceValues.SmallForward);

        AssertHidden(gradients, ReferenceValues.SmallMeasured, SmallMistakes(), [.. SummedWrongAxis(ReferenceValues.SmallGradients.HiddenBias, ReferenceValues.SmallHiddenDelta), BiasAveraged(ReferenceValues.SmallGradients.HiddenBias)], string.Empty);

        // The fixture has one output, where δ2 divided by the number of outputs, or an error sent back
        // from the first output only (δ2·W2ᵀ sums over all of them), changes nothing; the probe has
        // seven, and targets whose errors are small and sum to 0 (a shortcut on the summed error or a
        // small loss shows). Read after the fixture's every gradient, whose checks name what they can.
        // Backward's shapes were read on the probe already (every call reads them), so what is left is in the values.
        AssertOnTheProbe(ReferenceValues.ProbeTarget, ReferenceValues.ProbeMeasured, "errors of a few thousandths that sum to 0");

        // Every target 0: nine samples' errors add up to gradients above 1, where a gradient clipped to a
        // range (against "exploding gradients") shows.
        AssertOnTheProbe(ReferenceValues.ProbeTarget.Scale(0), ReferenceValues.ProbeMeasuredForZeros, "every target 0");

        // Far from 0 (Z beyond ±700) σ′ is 0, so every gradient is: a σ′ written inline as a quotient of
        // exponentials, e^(−z) / (1 + e^(−z))², is ∞ / ∞ there.
        var far = Lesson.Call(() => Backpropagation.Backward(Fixtures.SmallInputs(), Fixtures.SmallTargets(), Fixtures.FarNetwork(), ReferenceValues.FarForward),
            "Backpropagation.Backward(X, Y, network with Z beyond ±700, forward)", HiddenFormula);
        const string farOff = " of a network with Z beyond ±700, where σ′ is 0";
        Lesson.AssertClose(ReferenceValues.FarGradients.OutputWeights, far?.OutputWeights, "∂L/∂W2" + farOff, OutputFormula, Lesson.WhereNaN(far?.OutputWeights, Mistakes.DerivativeOverflowsToNaN));
        Lesson.AssertClose(ReferenceValues.FarGradients.OutputBias, far?.OutputBias, "∂L/∂b2" + farOff, OutputFormula, Lesson.WhereNaN(far?.OutputBias, Mistakes.DerivativeOverflowsToNaN));
        Lesson.AssertClose(ReferenceValues.FarGradients.HiddenWeights, far?.HiddenWeights, "∂L/∂W1" + farOff, HiddenFormula, Lesson.WhereNaN(far?.HiddenWeights, Mistakes.DerivativeOverflowsToNaN));
        Lesson.AssertClose(ReferenceValues.FarGradients.HiddenBias, far?.HiddenBias, "∂L/∂b1" + farOff, HiddenFormula, Lesson.WhereNaN(far?.HiddenBias, Mistakes.DerivativeOverflowsToNaN));
    }

    private static void AssertOnTheProbe(Matrix target, Gradients measured, string targets)
    {
        var onTheProbe = $" on {ShapeProbe.Description} with {targets}";
        var probe = Lesson.Call(() => Backpropagation.Backward(ShapeProbe.Input(), target, ShapeProbe.Network(), ReferenceValues.ProbeForward),
            "Backpropagation.Backward(X, Y, network, forward)", OutputFormula);
        Lesson.AssertWithin(MeasuredTolerance, measured.OutputWeights, probe.OutputWeights, "∂L/∂W2" + onTheProbe, OutputFormula);
        Lesson.AssertWithin(MeasuredTolerance, measured.OutputBias, probe.OutputBias, "∂L/∂b2" + onTheProbe, OutputFormula);
        AssertHidden(probe, measured, [], [], onTheProbe);
    }

    [Test]
    public void Gradients_of_a_saturated_network_still_match_finite_differences()
    {
        // Large weights push Z far from 0, where σ′(z) and the seed's σ′(σ(z)) differ most (z = 4: 0.0177, 0.198).
        var measured = ReferenceValues.SaturatedMeasured;
        var gradients = Backward(Fixtures.SaturatedNetwork(), ReferenceValues.SaturatedForward);

        var mistakes = CandidateMistakes(ReferenceValues.SaturatedGradients, ReferenceValues.SaturatedWithActivationDerivative,
            ReferenceValues.SaturatedWithHiddenActivationDerivative, ReferenceValues.SaturatedWithoutDerivative, ReferenceValues.SaturatedWithoutHiddenDerivative,
            ReferenceValues.SaturatedWithDerivativeWrittenForActivation);
        Lesson.AssertWithin(MeasuredTolerance, measured.OutputWeights, gradients.OutputWeights, "∂L/∂W2 of a saturated network", OutputFormula,
            [.. AgreeingOnBias(gradients.OutputBias, mistakes, g => g.OutputBias).Select(m => new KnownMistake(m.Mistake, m.Gradients.OutputWeights))]);
        AssertHidden(gradients, measured, mistakes, [.. SummedWrongAxis(ReferenceValues.SaturatedGradients.HiddenBias, ReferenceValues.SaturatedHiddenDelta), BiasAveraged(ReferenceValues.SaturatedGradients.HiddenBias)], " of a saturated network");
    }

    [Test]
    public void Backward_leaves_its_inputs_unchanged()
    {
        var input = Fixtures.SmallInputs();
        var target = Fixtures.SmallTargets();
        var network = Fixtures.SmallNetwork();
        var forward = ReferenceValues.SmallForward with { Output = ReferenceValues.SmallForward.Output.Copy() };
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
        var network = Fixtures.SmallNetwork();
        var expected = ReferenceValues.SmallUpdated;

        var updated = Update(network, 0.5);
        var quarter = Update(network, 0.25);
        Func<Network, Matrix>[] parts = [n => n.Hidden.Weights, n => n.Hidden.Bias, n => n.Output.Weights, n => n.Output.Bias];

        // The same step asked for again must be the same step: a velocity (momentum) or a count kept
        // between calls changes it.
        var again = Update(network, 0.5);
        var moved = Array.FindIndex(parts, part => !part(again).ApproximatelyEquals(part(updated), Lesson.Tolerance));
        if (moved >= 0)
        {
            string[] names = ["W1", "b1", "W2", "b2"];
            Lesson.Fail($"Update(network, gradients, 0.5) gave {names[moved]} = {parts[moved](updated)} the first time and {parts[moved](again)} when called again with the same arguments (after one with η = 0.25).",
                UpdateFormula + ": each step is computed from this call's network, gradients and η alone", Mistakes.StateBetweenCalls);
        }

        // A network handed back whole is one mistake; some parameters stepped and others not, another.
        // At η = 0.5 a step of 2η is the full step and η² is η / 2: a mistake is named by its values at
        // η = 0.5 only when its step at η = 0.25 changes as its own does (the full step not at all, η² to
        // a quarter, −η to a half), so a bias stepped with 2η (Caffe's lr_mult) names none of them.
        var unchanged = parts.All(part => part(updated).ApproximatelyEquals(part(network), Lesson.Tolerance));
        KnownMistake[] Named(Func<Network, Matrix> part) =>
        [
            .. StepsAsAt(part, 0.5, new(Mistakes.UpdateWrongSign, part(ReferenceValues.SmallUpdatedUphill))),
            .. StepsAsAt(part, 1.0, new(Mistakes.UpdateMissingLearningRate, part(ReferenceValues.SmallUpdatedFullStep))),
            .. StepsAsAt(part, 0.25, new(Mistakes.UpdateLearningRateTwice, part(ReferenceValues.SmallUpdatedTwice))),
            new(unchanged ? Mistakes.UpdateReturnsUnchanged : Mistakes.UpdateParameterSkipped, part(network)),
        ];
        KnownMistake[] StepsAsAt(Func<Network, Matrix> part, double ratio, KnownMistake known) =>
            part(quarter).Shape == part(network).Shape && part(updated).Shape == part(network).Shape
            && part(network).Subtract(part(quarter)).ApproximatelyEquals(part(network).Subtract(part(updated)).Scale(ratio), Lesson.Tolerance) ? [known] : [];

        Lesson.AssertClose(expected.Hidden.Weights, updated.Hidden.Weights, "W1 after Update with η = 0.5", UpdateFormula, Named(n => n.Hidden.Weights));
        Lesson.AssertClose(expected.Hidden.Bias, updated.Hidden.Bias, "b1 after Update", UpdateFormula, Named(n => n.Hidden.Bias));
        Lesson.AssertClose(expected.Output.Weights, updated.Output.Weights, "W2 after Update", UpdateFormula, Named(n => n.Output.Weights));
        Lesson.AssertClose(expected.Output.Bias, updated.Output.Bias, "b2 after Update", UpdateFormula, Named(n => n.Output.Bias));
        AssertStepFollowsTheGradient(network, expected);
    }

    [Test]
    public void Update_leaves_the_network_it_was_given_unchanged()
    {
        var network = Fixtures.SmallNetwork();
        var hiddenBefore = network.Hidden.Weights.Copy();
        var outputBefore = network.Output.Weights.Copy();
        var biasBefore = network.Output.Bias.Copy();

        Update(network, 0.5);

        Lesson.AssertUnchanged(hiddenBefore, network.Hidden.Weights, "W1 of the network passed to Update", "Update");
        Lesson.AssertUnchanged(outputBefore, network.Output.Weights, "W2 of the network passed to Update", "Update");
        Lesson.AssertUnchanged(biasBefore, network.Output.Bias, "b2 of the network passed to Update", "Update");
    }

    [Test]
    public void One_small_step_lowers_the_loss()
    {
        var input = Fixtures.SmallInputs();
        var target = Fixtures.SmallTargets();
        var network = Fixtures.SmallNetwork();
        var before = SquaredError.Half(target, ReferenceValues.SmallForward.Output);

        var gradients = Backward(network, ReferenceValues.SmallForward);
        var updated = Lesson.Call(() => Backpropagation.Update(network, gradients, 0.1), "Backpropagation.Update", UpdateFormula);
        var after = SquaredError.Half(target, ForwardPropagation.Forward(input, updated).Output);

        if (!(after < before))
        {
            Lesson.FailWithHint($"One step with η = 0.1 took the loss from {Lesson.Format(before, after)} to {Lesson.Format(after, before)}; it should go down.",
                UpdateFormula, "a wrong sign somewhere: δ2 starts from Ŷ − Y, and the update subtracts η·∂L/∂θ.");
        }
    }

    // Shapes first (a hidden × hidden ∂W1 means Hᵀ took Xᵀ's place), then the catalogued values; only
    // when none of them matches, the output layer is right and ∂b1 is not (a right ∂b1 sums a right
    // δ1: the error got back, and ∂W1 went wrong after it) is the hidden error path blamed.
    private static void AssertHidden(Gradients gradients, Gradients measured, List<(Mistake Mistake, Gradients Gradients)> mistakes, KnownMistake[] biasAxis, string which)
    {
        var weights = gradients.HiddenWeights;
        var sameShape = weights is not null && weights.Rows == measured.HiddenWeights.Rows && weights.Columns == measured.HiddenWeights.Columns;
        var outputsRight = gradients.OutputWeights?.ApproximatelyEquals(measured.OutputWeights, MeasuredTolerance) == true;
        var hiddenBiasRight = gradients.HiddenBias?.ApproximatelyEquals(measured.HiddenBias, MeasuredTolerance) == true;
        if (sameShape && outputsRight && !hiddenBiasRight && !weights!.ApproximatelyEquals(measured.HiddenWeights, MeasuredTolerance)
            && mistakes.All(m => !weights.ApproximatelyEquals(m.Gradients.HiddenWeights, Lesson.Tolerance)))
        {
            Lesson.Fail(
                $"∂L/∂W1{which} is {weights}; finite differences measure {measured.HiddenWeights}. The output layer's gradients are right, so the error goes wrong on its way back.",
                HiddenFormula, Mistakes.BackpropHiddenErrorPath);
        }

        var hiddenNodes = measured.HiddenWeights.Columns;
        Lesson.AssertWithin(MeasuredTolerance, measured.HiddenWeights, weights, "∂L/∂W1" + which, HiddenFormula,
            [.. AgreeingOnBias(gradients.HiddenBias, mistakes, g => g.HiddenBias).Select(m => new KnownMistake(m.Mistake, m.Gradients.HiddenWeights)), KnownMistake.Shape(Mistakes.BackpropHiddenWeightsFromH, hiddenNodes, hiddenNodes)]);
        Lesson.AssertWithin(MeasuredTolerance, measured.HiddenBias, gradients.HiddenBias, "∂L/∂b1" + which, HiddenFormula,
            [.. ConsistentWith(weights, mistakes, g => g.HiddenWeights).Select(m => new KnownMistake(m.Mistake, m.Gradients.HiddenBias)),
            .. SummedBeforeTheFactor(mistakes, Mistakes.BackpropMissingHiddenDerivative, g => g.HiddenBias), KnownMistake.Shape(Mistakes.BackpropBiasNotSummed, 3, hiddenNodes), .. biasAxis]);
    }

    // A bias gradient is checked after its layer's weights passed: only a mistake that leaves those
    // weights as the learner has them can explain the bias. Each candidate changes δ, so each changes
    // ∂W too; a ∂b alone wrong is none of them, except one summed before δ's σ′ factor was applied.
    private static IEnumerable<(Mistake Mistake, Gradients Gradients)> ConsistentWith(Matrix? weights, List<(Mistake Mistake, Gradients Gradients)> mistakes, Func<Gradients, Matrix> weightsOf) =>
        mistakes.Where(m => weights is not null && weights.ApproximatelyEquals(weightsOf(m.Gradients), Lesson.Tolerance));

    // ∂b summed from δ before its σ′ factor (from δ2·W2ᵀ, or from Ŷ − Y) beside a right ∂W made from δ
    // after it: the bias of the gradients without that σ′, the weights' own factor in place.
    private static IEnumerable<KnownMistake> SummedBeforeTheFactor(List<(Mistake Mistake, Gradients Gradients)> mistakes, Mistake withoutTheFactor, Func<Gradients, Matrix> biasOf) =>
        mistakes.Where(m => m.Mistake == withoutTheFactor).Select(m => new KnownMistake(m.Mistake, biasOf(m.Gradients)));

    // And the other way round: a weights gradient is checked before its bias, but each candidate changes
    // δ, whose column sums the bias gradient is, so a candidate explains the weights only when the
    // learner's bias gradient is the candidate's too (or of another shape, a mistake of its own). A
    // right ∂b2 beside a wrong ∂W2 says δ2 was right and ∂W2 was not made from it (Hᵀ·(Ŷ − Y), say).
    private static IEnumerable<(Mistake Mistake, Gradients Gradients)> AgreeingOnBias(Matrix? bias, List<(Mistake Mistake, Gradients Gradients)> mistakes, Func<Gradients, Matrix> biasOf) =>
        mistakes.Where(m => bias is null || bias.Shape != biasOf(m.Gradients).Shape || bias.ApproximatelyEquals(biasOf(m.Gradients), Lesson.Tolerance));

    // On the fixture, where samples and hidden nodes are both 3, a bias gradient summed along the
    // wrong axis has the right shape: δ's row sums (δ[c, r] in a loop over its entries), or the sum
    // of all of δ in every entry.
    private static KnownMistake[] SummedWrongAxis(Matrix rightBias, Matrix? delta) =>
    [
        new(Mistakes.BackpropBiasSummedWrongAxis, Matrix.FromFunction(1, rightBias.Columns, (_, _) => rightBias.Sum())),
        .. delta is null ? [] : new[] { new KnownMistake(Mistakes.BackpropBiasSummedWrongAxis, delta.Transpose().SumColumns()) },
    ];

    // The bias gradient alone averaged over the 3 samples, the weights summed: NumPy's db = mean(dz, axis=0)
    // beside dW = X.T @ dz, as some courses write it. (All of them averaged is a candidate of CandidateMistakes.)
    private static KnownMistake BiasAveraged(Matrix rightBias) => new(Mistakes.BackpropAveraged, rightBias.Scale(1.0 / 3));

    private static List<(Mistake Mistake, Gradients Gradients)> SmallMistakes() =>
        CandidateMistakes(ReferenceValues.SmallGradients, ReferenceValues.SmallWithActivationDerivative, ReferenceValues.SmallWithHiddenActivationDerivative,
            ReferenceValues.SmallWithoutDerivative, ReferenceValues.SmallWithoutHiddenDerivative, ReferenceValues.SmallWithDerivativeWrittenForActivation);

    // The doctored gradients come from the reference solution (ReferenceValues); a wrong sign is the
    // right gradients negated, and an average the right ones divided by a count that follows the
    // data: the 3 samples, or any other whole number a learner might take for n (features, outputs).
    private static List<(Mistake Mistake, Gradients Gradients)> CandidateMistakes(Gradients right, Gradients activationDerivative, Gradients hiddenActivationDerivative,
        Gradients noDerivative, Gradients noHiddenDerivative, Gradients writtenForActivation) =>
    [
        (Mistakes.DerivativeWrittenForActivation, writtenForActivation),
        (Mistakes.BackpropDerivativeOfActivation, activationDerivative),
        (Mistakes.BackpropDerivativeOfActivation, hiddenActivationDerivative),
        (Mistakes.BackpropMissingDerivative, noDerivative),
        (Mistakes.BackpropMissingHiddenDerivative, noHiddenDerivative),
        (Mistakes.BackpropWrongErrorSign, Scaled(right, -1)),
        // δ2 from the derivative of Σ (Ŷ − Y)², 2(Ŷ − Y): the loss's ½ left out.
        (Mistakes.LossMissingHalf, Scaled(right, 2)),
        .. DividesByACount() ? Enumerable.Range(2, 9).Select(count => (Mistakes.BackpropAveraged, Scaled(right, 1.0 / count))) : [],
        .. Enumerable.Range(1, 8).Select(decimals => (Mistakes.RoundedResult, Rounded(right, decimals))),
    ];

    // The right gradients rounded, as a learner "tidying floating-point noise" returns them: these
    // tests compare with finite differences, so the generic check against exact values is not made.
    private static Gradients Rounded(Gradients g, int decimals)
    {
        Matrix Round(Matrix m) => m.Map(v => Math.Round(v, decimals));
        return new(Round(g.HiddenWeights), Round(g.HiddenBias), Round(g.OutputWeights), Round(g.OutputBias));
    }

    private static Gradients Scaled(Gradients g, double factor) =>
        new(g.HiddenWeights.Scale(factor), g.HiddenBias.Scale(factor), g.OutputWeights.Scale(factor), g.OutputBias.Scale(factor));

    // Every call checks, before any value: the inputs are unchanged (a matrix written into explains
    // any wrong value after it), and on the probe, where all sizes differ, the shapes fit.
    private static Gradients Backward(Network network, ForwardPass forward)
    {
        var input = Fixtures.SmallInputs();
        var target = Fixtures.SmallTargets();
        var given = new (string Name, Matrix Matrix)[]
        {
            ("X", input), ("Y", target), ("W1", network.Hidden.Weights), ("b1", network.Hidden.Bias), ("W2", network.Output.Weights),
            ("b2", network.Output.Bias), ("The forward pass's Z1", forward.Z1), ("The forward pass's H", forward.H),
            ("The forward pass's Z2", forward.Z2), ("The forward pass's output Ŷ", forward.Output),
        };
        var before = given.Select(g => g.Matrix.Copy()).ToList();
        var gradients = Lesson.Call(() => Backpropagation.Backward(input, target, network, forward),
            "Backpropagation.Backward(X, Y, network, forward)", OutputFormula, _ => ProbeBackward());
        for (var i = 0; i < given.Length; i++)
        {
            Lesson.AssertUnchanged(before[i], given[i].Matrix, given[i].Name, "Backward");
        }

        if (gradients is null)
        {
            Lesson.Fail("Backpropagation.Backward returned null.", OutputFormula + "; return new Gradients(∂W1, ∂b1, ∂W2, ∂b2)", null);
        }

        AssertSameWhenCalledAgain(gradients, () => Backpropagation.Backward(input, target, network, forward));
        AssertHiddenErrorFollowsW2(network, forward, gradients);
        if (ProbeBackward() is { } shapes)
        {
            var (inputs, hidden, outputs) = (input.Columns, network.Hidden.FanOut, network.Output.FanOut);
            var fits = gradients!.HiddenWeights?.Shape == $"{inputs}×{hidden}" && gradients.HiddenBias?.Shape == $"1×{hidden}"
                && gradients.OutputWeights?.Shape == $"{hidden}×{outputs}" && gradients.OutputBias?.Shape == $"1×{outputs}";
            Lesson.Fail($"Backpropagation.Backward {(fits ? "gives gradients of the right shapes for these sizes, but not for all" : "gives gradients of the wrong shapes")}. {shapes.Note}", OutputFormula + "; " + HiddenFormula, shapes.Mistake);
        }

        // All four zero is one factor of 0 on them all, most often a fraction of whole numbers; one is not.
        Matrix?[] all = [gradients!.HiddenWeights, gradients.HiddenBias, gradients.OutputWeights, gradients.OutputBias];
        if (all.All(g => g is not null && g.ApproximatelyEquals(g.Scale(0), 0)))
        {
            Lesson.Fail("Every gradient Backpropagation.Backward returned is 0: ∂W1, ∂b1, ∂W2 and ∂b2.", OutputFormula + "; " + HiddenFormula, Mistakes.BackpropZeroFactor);
        }

        return gradients;
    }

    // The same call made again must give the same gradients: a sum kept between calls (PyTorch's
    // .grad without zero_grad) is right once and wrong from then on, whatever the values say.
    private static void AssertSameWhenCalledAgain(Gradients first, Func<Gradients> again)
    {
        Gradients? second;
        try
        {
            second = again();
        }
        catch (Exception)
        {
            // What made the second call throw is for the checks after this one to read.
            return;
        }

        (string Name, Matrix? First, Matrix? Second)[] parts =
        [
            ("∂W1", first.HiddenWeights, second?.HiddenWeights), ("∂b1", first.HiddenBias, second?.HiddenBias),
            ("∂W2", first.OutputWeights, second?.OutputWeights), ("∂b2", first.OutputBias, second?.OutputBias),
        ];
        var moved = parts.FirstOrDefault(p => p.First is not null && p.Second is not null && !Lesson.Identical(p.First, p.Second));
        if (moved.Name is not null)
        {
            Lesson.Fail($"Backpropagation.Backward(X, Y, network, forward) gave {moved.Name} = {moved.First} the first time and {moved.Second} when called again with the same arguments.",
                OutputFormula + ": each call computes its gradients from its own arguments", Mistakes.StateBetweenCalls);
        }
    }

    private static ShapeReading? ProbeBackward()
    {
        const int n = ShapeProbe.Samples, inputs = ShapeProbe.Inputs, hidden = ShapeProbe.Hidden, outputs = ShapeProbe.Outputs;
        var reading = ShapeProbe.Read(() => Backpropagation.Backward(ShapeProbe.Input(), ShapeProbe.Target(), ShapeProbe.Network(), ShapeProbe.Forward()), ReadBackwardShapeError,
            g => OutOfOrder(g)
                ?? ShapeProbe.Judge("∂W2", g.OutputWeights, (hidden, outputs), ((inputs, outputs), Mistakes.BackpropOutputWeightsFromX), ((hidden, hidden), Mistakes.BackpropWrongLayer), ((inputs, hidden), Mistakes.BackpropWrongLayer))
                ?? ShapeProbe.Judge("∂b2", g.OutputBias, (1, outputs), [.. BiasShapes(outputs), ((1, hidden), Mistakes.BackpropWrongLayer)])
                ?? ShapeProbe.Judge("∂W1", g.HiddenWeights, (inputs, hidden), ((hidden, hidden), Mistakes.BackpropHiddenWeightsFromH), ((inputs, outputs), Mistakes.BackpropWrongLayer))
                ?? ShapeProbe.Judge("∂b1", g.HiddenBias, (1, hidden), [.. BiasShapes(hidden), ((1, outputs), Mistakes.BackpropWrongLayer)])
                ?? ReshapedForTranspose(g),
            nameOperands: true);
        return reading is { Mistake: null } ? HiddenErrorOneNodeShort() ?? reading : reading;

        // Every gradient has a shape of its own here: the four shapes in another order are the
        // right gradients handed to Gradients in the wrong places.
        static ShapeReading? OutOfOrder(Gradients g) =>
            ShapeProbe.InAnotherOrder([g.HiddenWeights, g.HiddenBias, g.OutputWeights, g.OutputBias], [(inputs, hidden), (1, hidden), (hidden, outputs), (1, outputs)])
                ? new ShapeReading(Mistakes.BackpropGradientsOutOfOrder,
                    $"On {ShapeProbe.Description}, Gradients holds {g.HiddenWeights.Shape}, {g.HiddenBias.Shape}, {g.OutputWeights.Shape}, {g.OutputBias.Shape}; expected ∂W1 {inputs}×{hidden}, ∂b1 1×{hidden}, ∂W2 {hidden}×{outputs}, ∂b2 1×{outputs}.")
                : null;

        // One row per sample: never summed. One entry per sample, or one in all: summed over the
        // nodes. One row per node: a column (the column-vector notation's db).
        static ((int, int), Mistake)[] BiasShapes(int nodes) =>
        [
            ((n, nodes), Mistakes.BackpropBiasNotSummed),
            ((nodes, 1), Mistakes.BiasAsColumn),
            ((1, n), Mistakes.BackpropBiasSummedWrongAxis),
            ((n, 1), Mistakes.BackpropBiasSummedWrongAxis),
            ((1, 1), Mistakes.BackpropBiasSummedWrongAxis),
        ];
    }

    // The error goes back through W2, and σ′(Z1) multiplies a samples × hidden matrix: an output-layer
    // matrix met by W1, or by a hidden-layer matrix in an element-wise product, is the other layer's,
    // and W2 met by a hidden-layer matrix in ⊙ is σ′(Z1) multiplied in before the product with W2ᵀ.
    // Two samples × nodes matrices of one shape in a matrix product were meant entry by entry, and a
    // weight matrix met entry by entry by such a matrix was meant as a product.
    private static Mistake? ReadBackwardShapeError(ShapeError error)
    {
        var roles = new[] { ShapeProbe.RoleOf(error.Left), ShapeProbe.RoleOf(error.Right) };
        bool Has(params ProbeMatrix[] any) => roles.Any(any.Contains);
        return error.Operation switch
        {
            ShapeOperation.Multiply when Has(ProbeMatrix.OutputLayer) && Has(ProbeMatrix.W1, ProbeMatrix.W1T) => Mistakes.BackpropWrongLayer,
            ShapeOperation.Multiply when error.Left == error.Right && Has(ProbeMatrix.OutputLayer, ProbeMatrix.HiddenLayer) => Mistakes.ProductForElementwise,
            ShapeOperation.Elementwise when Has(ProbeMatrix.OutputLayer) && Has(ProbeMatrix.HiddenLayer) || error.IsElementwiseProduct && Has(ProbeMatrix.W2T, ProbeMatrix.W2) && Has(ProbeMatrix.HiddenLayer) => Mistakes.BackpropWrongLayer,
            ShapeOperation.Elementwise when error.IsElementwiseProduct && ShapeProbe.IsWeights(roles[0]) != ShapeProbe.IsWeights(roles[1]) && ShapeProbe.IsData(roles[0]) != ShapeProbe.IsData(roles[1]) => Mistakes.ElementwiseForProduct,
            _ => null,
        };
    }
}
