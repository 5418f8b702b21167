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
            [.. Seen(forward), .. Lesson.InSinglePrecisionBefore(network.Hidden.Bias, expected.Z1, forward.Z1) ? [KnownMistake.Seen(Mistakes.SinglePrecision)] : Array.Empty<KnownMistake>(),
            new KnownMistake(Mistakes.ForwardMissingHiddenBias, input.Multiply(network.Hidden.Weights)),
            new KnownMistake(Mistakes.ForwardWrongLayer, input.Multiply(network.Hidden.Weights.AddRowVector(network.Hidden.Bias))),
            new KnownMistake(Mistakes.ForwardActivationInZ, expected.H)]);

        // The fixture has two inputs, as every README network does; the probe has three, where a product
        // written out for two inputs (x₀·W1[0, c] + x₁·W1[1, c]) leaves the third out.
        var probe = Lesson.Call(() => ForwardPropagation.Forward(ShapeProbe.Input(), ShapeProbe.Network()), "ForwardPropagation.Forward(X, network)", Formula);
        Lesson.AssertClose(ReferenceValues.ProbeForward.Z1, probe?.Z1, $"Z1 on {ShapeProbe.Description}", "Z1 = X·W1 + b1: every input counts");
    }

    [Test]
    public void H_is_the_sigmoid_of_Z1()
    {
        var (input, network, expected) = SmallCase();

        var forward = Run(input, network);

        Lesson.AssertClose(expected.H, forward.H, "H", "H = σ(Z1), element by element: Z1.Map(Activation.Sigmoid)",
            [.. Seen(forward), .. OtherActivations(expected.Z1, expected.H),
            new KnownMistake(Mistakes.ForwardMissingActivation, expected.Z1),
            new KnownMistake(Mistakes.ForwardMissingHiddenBias, ReferenceValues.SmallHiddenWithoutBias)]);
    }

    [Test]
    public void Z2_is_H_times_W2_plus_b2()
    {
        var (input, network, expected) = SmallCase();

        var forward = Run(input, network);

        Lesson.AssertClose(expected.Z2, forward.Z2, "Z2 (3 samples × 1 output)", "Z2 = H·W2 + b2",
            [.. Seen(forward),
            new KnownMistake(Mistakes.ForwardMissingOutputBias, expected.H.Multiply(network.Output.Weights)),
            new KnownMistake(Mistakes.ForwardWrongLayer, expected.H.Multiply(network.Output.Weights.AddRowVector(network.Output.Bias))),
            new KnownMistake(Mistakes.ForwardOutputFromZ1, expected.Z1.Multiply(network.Output.Weights).AddRowVector(network.Output.Bias)),
            new KnownMistake(Mistakes.ForwardActivationInZ, expected.Output)]);

        // The fixture has one output, where b2 added as the number b2[0, 0] is right; the probe has
        // four, each with a bias of its own. Its Z2 is judged against its own H (the shapes are right by
        // now), so a pass whose H holds another matrix is named by its order first.
        var probe = ShapeProbe.Network();
        var probed = Run(ShapeProbe.Input(), probe);
        Lesson.AssertClose(probed.H.Multiply(probe.Output.Weights).AddRowVector(probe.Output.Bias), probed.Z2, $"Z2 on {ShapeProbe.Description}",
            "Z2 = H·W2 + b2: b2 is 1 × outputs, and entry j of it is added to output j of every sample", Seen(forward));
    }

    [Test]
    public void The_output_is_the_sigmoid_of_Z2()
    {
        var (input, network, expected) = SmallCase();

        var forward = Run(input, network);

        Lesson.AssertClose(expected.Output, forward.Output, "Ŷ (the output)", Formula,
            [.. Seen(forward), .. OtherActivations(expected.Z2, expected.Output), new KnownMistake(Mistakes.ForwardMissingActivation, expected.Z2),
            new KnownMistake(Mistakes.ForwardMissingOutputBias, ReferenceValues.SmallOutputWithoutBias),
            new KnownMistake(Mistakes.PredictThresholded, expected.Output.Map(y => y >= 0.5 ? 1.0 : 0.0))]);

        // Far from 0 (Z beyond ±700) σ is 0 or 1 to the last digit: one written inline as e^z / (1 + e^z)
        // is ∞ / ∞ there, and one clipped short of 0 and 1 stays short.
        const string farCall = "ForwardPropagation.Forward(X, network with Z beyond ±700)";
        var farNetwork = Fixtures.FarNetwork();
        var far = Lesson.Call(() => ForwardPropagation.Forward(input, farNetwork), farCall, Formula);
        Lesson.AssertUnchanged(Fixtures.FarNetwork().Hidden.Weights, farNetwork.Hidden.Weights, "W1", "Forward");
        Lesson.AssertUnchanged(Fixtures.FarNetwork().Output.Weights, farNetwork.Output.Weights, "W2", "Forward");
        Lesson.AssertClose(ReferenceValues.FarForward.H, far?.H, "H of a network with Z1 beyond ±700", "H = σ(Z1): 0 or 1 this far from 0",
            [.. Seen(forward), .. Lesson.WhereNaN(far?.H, Mistakes.SigmoidOverflowsToNaN), .. ShortOfTheLimits(ReferenceValues.FarForward.H, far?.H)]);
        Lesson.AssertClose(ReferenceValues.FarForward.Output, far?.Output, "Ŷ of a network with Z2 beyond ±700", "Ŷ = σ(Z2): 0 or 1 this far from 0",
            [.. Seen(forward), .. Lesson.WhereNaN(far?.Output, Mistakes.SigmoidOverflowsToNaN), .. ShortOfTheLimits(ReferenceValues.FarForward.Output, far?.Output)]);
    }

    // Every entry that must be 0 or 1 a little inside (0, 1) instead, and the rest right: a clip.
    private static KnownMistake[] ShortOfTheLimits(Matrix expected, Matrix? actual)
    {
        bool Short(double right, double value) => right == 0.0 ? value is > 0.0 and < 1e-3 : right == 1.0 ? value is > 1.0 - 1e-3 and < 1.0 : Math.Abs(value - right) <= Lesson.Tolerance;
        return actual is not null && actual.Shape == expected.Shape && !Same(actual, expected)
            && Enumerable.Range(0, expected.Rows).All(r => Enumerable.Range(0, expected.Columns).All(c => Short(expected[r, c], actual[r, c]) || expected[r, c].Equals(actual[r, c])))
            ? [KnownMistake.Seen(Mistakes.SigmoidClipped)] : [];
    }

    [Test]
    public void Every_sample_is_a_row_of_the_result()
    {
        // One sample alone must give the same pass as that sample's row in a batch: every matrix of
        // it, since a path of its own for one sample (column vectors, as in a derivation) can give Ŷ
        // right with one output and Z1, H as columns.
        var (input, network, expected) = SmallCase();
        var second = Matrix.FromRows([input.ToRows()[1]]);

        var alone = Run(second, network);

        (string Name, Matrix Expected, Matrix Actual)[] pass =
            [("Z1", expected.Z1, alone.Z1), ("H", expected.H, alone.H), ("Z2", expected.Z2, alone.Z2), ("Ŷ", expected.Output, alone.Output)];
        foreach (var (name, batch, single) in pass)
        {
            Lesson.AssertClose(Matrix.FromRows([batch.ToRows()[1]]), single, $"{name} for the second sample on its own", $"rows are samples: each row of X gives one row of {name}");
        }
    }

    [Test]
    public void Forward_leaves_its_inputs_unchanged_and_keeps_nothing_between_calls()
    {
        var (input, network, _) = SmallCase();
        var inputBefore = input.Copy();
        var weightsBefore = network.Hidden.Weights.Copy();
        var outputWeightsBefore = network.Output.Weights.Copy();

        Run(input, network);

        Lesson.AssertUnchanged(inputBefore, input, "X", "Forward");
        Lesson.AssertUnchanged(weightsBefore, network.Hidden.Weights, "W1", "Forward");
        Lesson.AssertUnchanged(outputWeightsBefore, network.Output.Weights, "W2", "Forward");

        // The small network's parameters all lie in [−1, 1]; the saturated one's reach 3.6, so a
        // Forward that writes only into large values (a clip to [−1, 1], say) changes it. Run checks.
        var saturated = Run(Fixtures.SmallInputs(), Fixtures.SaturatedNetwork());

        // The same X given at once again with the saturated network must give what a fresh X gives it
        // (the learner's own pass, right or not): a pass kept from the call before (cached by its
        // input) does not. Run calls Forward on the probe in between, so these calls go direct.
        var first = Lesson.Call(() => ForwardPropagation.Forward(input, network), "ForwardPropagation.Forward(X, network)", Formula);
        (string Name, Matrix? Matrix)[] returned = [("Z1", first?.Z1), ("H", first?.H), ("Z2", first?.Z2), ("Ŷ", first?.Output)];
        var kept = returned.Select(place => place.Matrix?.Copy()).ToList();
        var again = Lesson.Call(() => ForwardPropagation.Forward(input, Fixtures.SaturatedNetwork()), "ForwardPropagation.Forward(X, network)", Formula);
        if (saturated.Output is { } fresh && !Same(again?.Output, fresh))
        {
            Lesson.Fail($"Forward(X, saturated network) gives Ŷ = {again?.Output?.ToString() ?? "null"} right after Forward(X, small network), and {fresh} for a new X with the same values.",
                Formula + ": each call computes its pass from its own arguments", Mistakes.StateBetweenCalls);
        }

        // A pass once returned is the caller's: one whose matrix is a buffer the next call writes into
        // changes under the caller's feet.
        for (var i = 0; i < returned.Length; i++)
        {
            if (kept[i] is { } before && returned[i].Matrix is { } now && !now.ApproximatelyEquals(before, 0))
            {
                Lesson.Fail($"The {returned[i].Name} that Forward(X, small network) returned was {before}, and is {now} after the next call, Forward(X, saturated network).",
                    Formula + ": each call returns matrices of its own", Mistakes.StateBetweenCalls);
            }
        }

        // And another X at once with the same network must give what that X gives a new network with
        // the same values: a pass kept by its network (cached by reference) does not.
        var otherInput = input.Scale(-1.0);
        Lesson.Call(() => ForwardPropagation.Forward(input, network), "ForwardPropagation.Forward(X, network)", Formula);
        var sameNetwork = Lesson.Call(() => ForwardPropagation.Forward(otherInput, network), "ForwardPropagation.Forward(−X, network)", Formula);
        var newNetwork = Lesson.Call(() => ForwardPropagation.Forward(otherInput.Copy(), Fixtures.SmallNetwork()), "ForwardPropagation.Forward(−X, network)", Formula);
        if (newNetwork?.Z1 is { } own && !Same(sameNetwork?.Z1, own))
        {
            Lesson.Fail($"Forward(−X, small network) gives Z1 = {sameNetwork?.Z1?.ToString() ?? "null"} right after Forward(X) with the same network, and {own} with a new network of the same values.",
                Formula + ": each call computes its pass from its own arguments", Mistakes.StateBetweenCalls);
        }
    }

    private static (Matrix Input, Network Network, ForwardPass Expected) SmallCase() =>
        (Fixtures.SmallInputs(), Fixtures.SmallNetwork(), ReferenceValues.SmallForward);

    // Forward has handed back inputs unchanged and shapes that fit any sizes (Run checks both), so
    // what is left is in the values; first the mistakes seen in the pass as a whole: the right
    // matrices in the wrong places, or a bias added after the sigmoid (b1, or b2).
    private static KnownMistake[] Seen(ForwardPass forward)
    {
        var (input, network, expected) = SmallCase();
        Matrix[] right = [expected.Z1, expected.H, expected.Z2, expected.Output];
        Matrix[] slots = [forward.Z1, forward.H, forward.Z2, forward.Output];
        var places = slots.Select(slot => Array.FindIndex(right, matrix => Same(slot, matrix))).ToList();
        // A layer's z and activation in each other's places (a tuple read the other way round) feed the
        // next layer the wrong one, so only the first layer's pair is sure to be the right matrices.
        var outOfOrder = (places.Order().SequenceEqual([0, 1, 2, 3]) && !places.SequenceEqual([0, 1, 2, 3])) || (places[0] == 1 && places[1] == 0);
        var biasAfterSigmoid = Same(forward.Z1, input.Multiply(network.Hidden.Weights))
            && Same(forward.H, ReferenceValues.SmallHiddenWithoutBias.AddRowVector(network.Hidden.Bias));
        var outputBiasAfterSigmoid = Same(forward.Z2, expected.H.Multiply(network.Output.Weights))
            && Same(forward.Output, ReferenceValues.SmallOutputWithoutBias.AddRowVector(network.Output.Bias));
        return outOfOrder ? [KnownMistake.Seen(Mistakes.ForwardPassOutOfOrder)]
            : biasAfterSigmoid || outputBiasAfterSigmoid ? [KnownMistake.Seen(Mistakes.ForwardBiasAfterSigmoid)]
            : [];
    }

    // An activation other than σ applied to the right pre-activation; σ′ is computed from σ itself,
    // σ(1 − σ), and the mirror image 1 / (1 + e^z) of an inline σ is 1 − σ.
    private static KnownMistake[] OtherActivations(Matrix z, Matrix activated) =>
    [
        new(Mistakes.ForwardDerivativeAsActivation, activated.Map(a => a * (1.0 - a))),
        new(Mistakes.SigmoidMirrored, activated.Map(a => 1.0 - a)),
        new(Mistakes.SigmoidIsTanh, z.Map(Math.Tanh)),
        new(Mistakes.SigmoidIsRelu, z.Map(v => Math.Max(0.0, v))),
        // 1 / (1 + c^(−z)) for another c: e² (e^(−2z), or ½(1 + tanh z)), 2, 10, or a typed-in 2.718.
        .. new[] { Math.E * Math.E, 2.0, 10.0, 2.718 }.Select(c => new KnownMistake(Mistakes.SigmoidWrongBase, z.Map(v => 1.0 / (1.0 + Math.Pow(c, -v))))),
    ];

    private static bool Same(Matrix? actual, Matrix expected) => actual is not null && actual.ApproximatelyEquals(expected, Lesson.Tolerance);

    // Every call checks, before any value: the inputs are unchanged, and on the probe, where all sizes
    // differ, the shapes fit (the fixture's 3 samples and 3 hidden nodes can hide a swapped matrix).
    private static ForwardPass Run(Matrix input, Network network)
    {
        var before = new[] { input, network.Hidden.Weights, network.Hidden.Bias, network.Output.Weights, network.Output.Bias }.Select(m => m.Copy()).ToList();
        ForwardPass forward;
        try
        {
            forward = Lesson.Call(() => ForwardPropagation.Forward(input, network), "ForwardPropagation.Forward(X, network)", Formula, _ => Probe());
        }
        catch (IndexOutOfRangeException error) when (TransposedInALoop() is { } layer)
        {
            Lesson.Fail($"ForwardPropagation.Forward(X, network) threw IndexOutOfRangeException ({error.Message}). Where every layer is square (as many inputs as nodes) the same code runs and gives {layer} of the weights transposed: a weight matrix's rows were taken for its nodes.",
                Formula + "; a weight matrix is fan-in × fan-out: column j holds node j's weights", Mistakes.TransposedMatrix);
            throw;
        }

        string[] names = ["X", "W1", "b1", "W2", "b2"];
        Matrix[] after = [input, network.Hidden.Weights, network.Hidden.Bias, network.Output.Weights, network.Output.Bias];
        for (var i = 0; i < names.Length; i++)
        {
            Lesson.AssertUnchanged(before[i], after[i], names[i], "Forward");
        }

        if (forward is null)
        {
            Lesson.Fail("ForwardPropagation.Forward(X, network) returned null.", Formula + "; return new ForwardPass(z1, h, z2, output)", null);
        }

        if (Probe() is { } shapes)
        {
            var (n, hidden, outputs) = (input.Rows, network.Hidden.FanOut, network.Output.FanOut);
            var fits = forward!.Z1?.Shape == $"{n}×{hidden}" && forward.H?.Shape == $"{n}×{hidden}" && forward.Z2?.Shape == $"{n}×{outputs}" && forward.Output?.Shape == $"{n}×{outputs}";
            Lesson.Fail($"ForwardPropagation.Forward(X, network) {(fits ? "gives the right shapes for these sizes, but not for all" : "gives matrices of the wrong shapes")}. {shapes.Note}", Formula, shapes.Mistake);
        }

        return forward!;
    }

    private static ShapeReading? Probe()
    {
        const int n = ShapeProbe.Samples, hidden = ShapeProbe.Hidden, outputs = ShapeProbe.Outputs;
        string? reflowed = null;
        var reading = ShapeProbe.Read(() => ForwardPropagation.Forward(ShapeProbe.Input(), ShapeProbe.Network()), ReadShapeError,
            // One matrix in two places is the pass's order; otherwise a hidden layer's result with the
            // output layer's shape, or the other way round, took the other layer's matrices.
            pass => Reordered(pass) ?? InTwoPlaces(pass) ?? HoldsTheInput(pass) ?? LayersInEachOthersPlaces(pass) ?? ShapeProbe.Judge("Z1", pass.Z1, (n, hidden), ((n, outputs), Mistakes.ForwardWrongLayer))
                ?? ShapeProbe.Judge("H", pass.H, (n, hidden), ((n, outputs), Mistakes.ForwardWrongLayer))
                ?? ShapeProbe.Judge("Z2", pass.Z2, (n, outputs), ((n, hidden), Mistakes.ForwardWrongLayer))
                ?? ShapeProbe.Judge("Ŷ", pass.Output, (n, outputs), ((n, hidden), Mistakes.ForwardWrongLayer)),
            nameOperands: true,
            hintHolds: error => error.Operation != ShapeOperation.Multiply || ShapeProbe.RoleOf(error.Left) != ProbeMatrix.HiddenLayerT || TransposedOnSquareData(out reflowed));
        return reading is not null && reflowed is not null ? reading with { Note = $"{reading.Note} {reflowed}" } : reading;
    }

    // A hidden × samples matrix meeting W2 has the shape of H transposed, and so has H's entries cut
    // into rows of the wrong length (a reshape, F#'s Array.chunkBySize z1.Rows): the values tell. With
    // as many samples as hidden nodes a transpose still fits and gives Hᵀ's values, a re-flow gives H's
    // own. σ is the learner's Activation.Sigmoid, the one their Forward uses: a wrong σ confirms nothing.
    private static bool TransposedOnSquareData(out string? reflowed)
    {
        reflowed = null;
        var input = Matrix.FromFunction(3, 2, (r, c) => 0.3 + (0.11 * r) - (0.23 * c));
        var network = new Network(
            new Layer(Matrix.FromFunction(2, 3, (r, c) => -0.2 + (0.37 * r) - (0.05 * c * c)), Matrix.FromFunction(1, 3, (_, c) => 0.1 - (0.13 * c))),
            new Layer(Matrix.FromFunction(3, 4, (r, c) => 0.4 + (0.07 * r) - (0.05 * c)), Matrix.FromFunction(1, 4, (_, c) => -0.1 + (0.02 * c))));
        ForwardPass? pass;
        Matrix h;
        try
        {
            pass = ForwardPropagation.Forward(input, network);
            h = input.Multiply(network.Hidden.Weights).AddRowVector(network.Hidden.Bias).Map(z => Activation.Sigmoid(z));
        }
#pragma warning disable CA1031 // Code that fails on these sizes too (or a σ that throws) confirms no transpose; the tests' own calls report it.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }

        var z1 = input.Multiply(network.Hidden.Weights).AddRowVector(network.Hidden.Bias);
        var z2 = h.Multiply(network.Output.Weights).AddRowVector(network.Output.Bias);
        if (pass is null || Same(h, h.Transpose()))
        {
            return false;
        }

        if (Same(pass.Z1, z1.Transpose()) || Same(pass.H, h.Transpose()) || Same(pass.Z2, h.Transpose().Multiply(network.Output.Weights).AddRowVector(network.Output.Bias)))
        {
            return true;
        }

        reflowed = Same(pass.H, h) && Same(pass.Z2, z2)
            ? "That is the shape, not the values, of a transpose: with as many samples as hidden nodes (3 and 3) the same code gives the right H and Z2, where a transposed H would give Hᵀ's. "
                + "H's entries were put back into hidden × samples rows (a reshape, or rows cut to Z1.Rows entries where Z1.Columns belongs); build H entry by entry with Z1.Map(Activation.Sigmoid)."
            : null;
        return false;
    }

    // A product written out by hand with a weight matrix's rows taken for its nodes (PyTorch's out × in)
    // overruns an index when a layer has more nodes than inputs; where every layer is square it runs,
    // and gives the layer's result with the weights transposed. The layer it names, or null.
    private static string? TransposedInALoop()
    {
        var input = Matrix.FromFunction(4, 3, (r, c) => 0.3 + (0.11 * r) - (0.23 * c));
        var network = new Network(
            new Layer(Matrix.FromFunction(3, 3, (r, c) => -0.2 + (0.37 * r) - (0.05 * c * c)), Matrix.FromFunction(1, 3, (_, c) => 0.1 - (0.13 * c))),
            new Layer(Matrix.FromFunction(3, 3, (r, c) => 0.4 + (0.07 * r) - (0.15 * c)), Matrix.FromFunction(1, 3, (_, c) => -0.1 + (0.02 * c))));
        ForwardPass? pass;
        try
        {
            pass = ForwardPropagation.Forward(input, network);
        }
#pragma warning disable CA1031 // Code that fails on square layers too is no transpose; the test's own call reports it.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }

        var (w1, w2) = (network.Hidden.Weights, network.Output.Weights);
        return pass?.Z1 is null ? null
            : Same(pass.Z1, input.Multiply(w1.Transpose()).AddRowVector(network.Hidden.Bias)) ? "Z1 = X·W1ᵀ + b1"
            : pass.H is not null && pass.Z2 is not null && Same(pass.Z2, pass.H.Multiply(w2.Transpose()).AddRowVector(network.Output.Bias)) && !Same(pass.Z2, pass.H.Multiply(w2).AddRowVector(network.Output.Bias)) ? "Z2 = H·W2ᵀ + b2"
            : null;
    }

    // X itself in a place of the pass: a list of activations that starts with the input (Nielsen's
    // activations = [x]) read one place off puts X where H belongs, and H where Ŷ does.
    private static ShapeReading? HoldsTheInput(ForwardPass pass)
    {
        var input = ShapeProbe.Input();
        (string Name, Matrix? Matrix)[] places = [("Z1", pass.Z1), ("H", pass.H), ("Z2", pass.Z2), ("Ŷ", pass.Output)];
        return places.Where(place => place.Matrix is not null && place.Matrix.Shape == input.Shape && place.Matrix.ApproximatelyEquals(input, 0))
            .Select(place => new ShapeReading(Mistakes.ForwardPassOutOfOrder, $"On {ShapeProbe.Description}, {place.Name} is X itself, the input."))
            .FirstOrDefault();
    }

    // Z1 and H with the output layer's shape while Z2 and Ŷ have the hidden layer's: no layer can take
    // the other's matrices and still chain (the output layer needs H), so the pass holds the layers'
    // results in each other's places (a list of them read from the wrong end).
    private static ShapeReading? LayersInEachOthersPlaces(ForwardPass pass)
    {
        const int n = ShapeProbe.Samples, hidden = ShapeProbe.Hidden, outputs = ShapeProbe.Outputs;
        bool Has(Matrix? matrix, int columns) => matrix is not null && matrix.Rows == n && matrix.Columns == columns;
        return Has(pass.Z1, outputs) && Has(pass.H, outputs) && Has(pass.Z2, hidden) && Has(pass.Output, hidden)
            ? new ShapeReading(Mistakes.ForwardPassOutOfOrder, $"On {ShapeProbe.Description}, Z1 and H have the output layer's shape {n}×{outputs}, and Z2 and Ŷ the hidden layer's {n}×{hidden}.")
            : null;
    }

    // The probe's own four matrices, right, each in another place, where a shape then does not fit:
    // the pass handed over in the wrong order across the layers (new ForwardPass(z1, z2, h, output),
    // say). An order whose shapes all fit (Z1 and H swapped) is left to the values, as every check is.
    private static ShapeReading? Reordered(ForwardPass pass)
    {
        var right = ReferenceValues.ProbeForward;
        string[] names = ["Z1", "H", "Z2", "Ŷ"];
        Matrix[] matrices = [right.Z1, right.H, right.Z2, right.Output];
        Matrix?[] places = [pass.Z1, pass.H, pass.Z2, pass.Output];
        var held = places.Select(place => Array.FindIndex(matrices, matrix => Same(place, matrix))).ToList();
        return held.Order().SequenceEqual([0, 1, 2, 3]) && held.Select((index, place) => matrices[index].Shape != matrices[place].Shape).Any(misfit => misfit)
            ? new ShapeReading(Mistakes.ForwardPassOutOfOrder, $"On {ShapeProbe.Description}, the places Z1, H, Z2 and Ŷ hold the right {string.Join(", ", held.Select(i => names[i]))}.")
            : null;
    }

    // A shape that does not fit, held by the same matrix as another place of the pass: one name used
    // for Z1 and Z2, or H again as Ŷ, which σ(Z1) in Ŷ's line gives as well (an entry of its own,
    // naming both). (Ŷ = Z2 with both shapes right is a missing sigmoid.)
    private static ShapeReading? InTwoPlaces(ForwardPass pass)
    {
        const int n = ShapeProbe.Samples, hidden = ShapeProbe.Hidden, outputs = ShapeProbe.Outputs;
        (string Name, Matrix? Matrix, (int, int) Shape)[] places = [("Z1", pass.Z1, (n, hidden)), ("H", pass.H, (n, hidden)), ("Z2", pass.Z2, (n, outputs)), ("Ŷ", pass.Output, (n, outputs))];
        var pairs = from first in places
                    from second in places
                    where string.CompareOrdinal(first.Name, second.Name) < 0 && first.Matrix is not null && second.Matrix is not null
                        && ((first.Matrix.Rows, first.Matrix.Columns) != first.Shape || (second.Matrix.Rows, second.Matrix.Columns) != second.Shape)
                        && first.Matrix.ApproximatelyEquals(second.Matrix, 0)
                    select (first, second);
        return pairs.Select(pair => new ShapeReading(pair is ({ Name: "H" }, { Name: "Ŷ" }) ? Mistakes.ForwardOutputIsHidden : Mistakes.ForwardPassOutOfOrder,
                $"On {ShapeProbe.Description}, {pair.first.Name} and {pair.second.Name} are the same {pair.first.Matrix!.Shape} matrix."))
            .FirstOrDefault();
    }

    // Layer 1 multiplies X by W1 and adds b1 to Z1; layer 2 multiplies H by W2 and adds b2 to Z2.
    // A weight or bias met by another layer's matrix is the other layer's; a bias added to a layer's
    // result transposed (nodes × samples, the column-vector form W·xᵀ) meets a transposed matrix;
    // other transposes and a product the wrong way round are left to the given library's own hint.
    // Two samples × nodes matrices of one shape in a matrix product were meant entry by entry; a
    // weight matrix met by the data in ⊙ was meant as a product. The only additions in a forward pass
    // are its biases, so an Add of a layer's samples × nodes result and a matrix as wide with other
    // rows (a bias tiled to the wrong height: on the probe that can be W1's shape) is a bias added with Add.
    private static Mistake? ReadShapeError(ShapeError error)
    {
        var (left, right) = (ShapeProbe.RoleOf(error.Left), ShapeProbe.RoleOf(error.Right));
        return error.Operation switch
        {
            ShapeOperation.AddRowVector when (left, right) is (ProbeMatrix.HiddenLayerT, ProbeMatrix.B1) or (ProbeMatrix.OutputLayerT, ProbeMatrix.B2) => Mistakes.TransposedMatrix,
            ShapeOperation.Elementwise when error.Verb == "add" && (BiasOfOtherHeight(error.Left, error.Right, left) || BiasOfOtherHeight(error.Right, error.Left, right)) => Mistakes.BiasAddedElementwise,
            ShapeOperation.Multiply when right is ProbeMatrix.W1 or ProbeMatrix.W1T && left is not (ProbeMatrix.X or ProbeMatrix.XT or ProbeMatrix.None) => Mistakes.ForwardWrongLayer,
            ShapeOperation.Multiply when right is ProbeMatrix.W2 or ProbeMatrix.W2T && left is not (ProbeMatrix.HiddenLayer or ProbeMatrix.HiddenLayerT or ProbeMatrix.None) => Mistakes.ForwardWrongLayer,
            ShapeOperation.AddRowVector when right is ProbeMatrix.B1 && left is ProbeMatrix.OutputLayer => Mistakes.ForwardWrongLayer,
            ShapeOperation.AddRowVector when right is ProbeMatrix.B2 && left is ProbeMatrix.HiddenLayer => Mistakes.ForwardWrongLayer,
            ShapeOperation.Multiply when error.Left == error.Right && left is ProbeMatrix.HiddenLayer or ProbeMatrix.OutputLayer => Mistakes.ProductForElementwise,
            ShapeOperation.Elementwise when error.IsElementwiseProduct && ShapeProbe.IsWeights(left) != ShapeProbe.IsWeights(right) && ShapeProbe.IsData(left) != ShapeProbe.IsData(right) => Mistakes.ElementwiseForProduct,
            _ => null,
        };

        static bool BiasOfOtherHeight((int Rows, int Columns) result, (int Rows, int Columns) added, ProbeMatrix role) =>
            role is ProbeMatrix.HiddenLayer or ProbeMatrix.OutputLayer && added.Columns == result.Columns && added.Rows != result.Rows;
    }
}
