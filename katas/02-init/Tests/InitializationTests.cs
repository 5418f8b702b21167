using NeuralKatas.Testing;

namespace NeuralKatas.Kata02;

/// <summary>Kata 02: every weight and bias drawn from N(0, 1) in the pinned order W1, b1, W2, b2.</summary>
[TestFixture]
public sealed partial class InitializationTests
{
    private const ulong Seed = 42;
    private const string OrderFormula = "draw with rng.NextGaussian(): W1 row by row, then b1, then W2 row by row, then b2";

    // How far along the caller's generator is looked for after a call: a pool of draws made ahead
    // (64, say) leaves it well past the 13 a network needs.
    private const int SequenceReach = 400;

    [Test]
    public void Network_has_the_shapes_the_layer_sizes_ask_for()
    {
        var network = Initialize(2, 3, 4, new GaussianGenerator(Seed));

        AssertShape(2, 3, network.Hidden.Weights, "W1", "W1 is inputNodes × hiddenNodes");
        AssertShape(1, 3, network.Hidden.Bias, "b1", "b1 is 1 × hiddenNodes");
        AssertShape(3, 4, network.Output.Weights, "W2", "W2 is hiddenNodes × outputNodes");
        AssertShape(1, 4, network.Output.Bias, "b2", "b2 is 1 × outputNodes");

        // Any sizes of at least one node are valid, a hidden layer narrower than the input too.
        var narrow = Initialize(4, 2, 3, new GaussianGenerator(Seed));
        AssertShape(4, 2, narrow.Hidden.Weights, "W1 of InitializeNetwork(4, 2, 3, rng)", "W1 is inputNodes × hiddenNodes");
    }

    [Test]
    public void Initialisation_draws_from_the_generator_it_is_given()
    {
        // After drawing 2·3 + 3 + 3·1 + 1 = 13 values, the caller's generator must be exactly
        // 13 draws along: the 14th value of the sequence comes next.
        var rng = new GaussianGenerator(Seed);
        var draws = Draws(SequenceReach);

        var network = Initialize(2, 3, 1, rng);
        var next = rng.NextGaussian();

        if (next != draws[13])
        {
            // Zeros, a reused draw, uniform numbers or an extra draw also leave the generator
            // elsewhere: the values say which, so they are read before the generator is blamed.
            var along = Array.IndexOf(draws, next);
            var observation = $"After InitializeNetwork(2, 3, 1, rng) the generator was not 13 draws along: {(along == 0 ? "it was never drawn from" : along > 0 ? $"it was {along} along" : "it was somewhere else")}.";
            const string formula = OrderFormula + ": one draw per weight and bias, 13 in all";
            // The pinned draws with draws skipped between or inside the matrices are an extra draw, and the
            // count agrees; another order of the same 13 draws cannot leave the generator elsewhere, so it
            // names nothing here.
            var byValues = along > 13 && IsPinnedWithDrawsSkipped(network, 2, 3, 1, along - 13) ? Mistakes.InitExtraDraw
                : FromAnotherGenerator(KeepsTheCount(RecogniseDraws(network, 2, 3, 1, along)), along == 0)
                ?? (along == 0 || (along < 0 && OddRawNumbersAlong(next)) || IsFromAnotherGenerator(network, along, 13) ? Mistakes.InitOwnGenerator : null);

            // One draw reused takes one value from rng for its whole matrix; a generator made for
            // each entry takes none, and gives the same equal values with rng one draw further back.
            // (A draw per row, as F#'s Array.create makes, is neither: its rows differ.)
            if (byValues == Mistakes.InitOneDrawReused && FirstWrongPart(network, 2, 3, 1) is { } part && IsOneValue(part.Actual) && along == 13 - (part.Rows * part.Columns))
            {
                byValues = Mistakes.InitOwnGenerator;
            }
            if (byValues is not null)
            {
                Lesson.Fail(observation, formula, byValues);
            }

            Lesson.FailWithHint(observation, formula,
                "draw exactly one value per weight and bias from the rng you were given: no more, no fewer, and from no other generator.");
        }
    }

    [Test]
    public void The_same_seed_gives_the_same_network()
    {
        var first = Initialize(2, 4, 1, new GaussianGenerator(7));
        var second = Initialize(2, 4, 1, new GaussianGenerator(7));

        var same = first.Hidden.Weights.ApproximatelyEquals(second.Hidden.Weights, 0)
            && first.Hidden.Bias.ApproximatelyEquals(second.Hidden.Bias, 0)
            && first.Output.Weights.ApproximatelyEquals(second.Output.Weights, 0)
            && first.Output.Bias.ApproximatelyEquals(second.Output.Bias, 0);

        if (!same)
        {
            Lesson.Fail("Two networks made from generators with the same seed came out different.", "same seed, same draws, same network", Mistakes.InitOwnGenerator);
        }

        // And another seed, the same sizes, another network: a network kept from an earlier call
        // (memoised by its sizes, say) follows no generator it is given after the first. One value
        // everywhere (a constant, zeros) is the same for every seed too, and the draws test names it.
        // When seed 7's network holds seed 7's draws, no generator of the learner's own made it: the
        // call for seed 8 handed back the call before's network.
        var other = Initialize(2, 4, 1, new GaussianGenerator(8));
        if (other.Hidden.Weights.ApproximatelyEquals(first.Hidden.Weights, 0) && !IsOneValue(other.Hidden.Weights))
        {
            var seven = new GaussianGenerator(7);
            if (Same(first.Hidden.Weights, RowMajor([.. Enumerable.Range(0, 8).Select(_ => seven.NextGaussian())], 0, 2, 4)))
            {
                Lesson.Fail("Networks made from generators with seeds 7 and 8, the same sizes, came out the same: seed 7's, drawn right.",
                    "each call draws its network from the generator it is given", Mistakes.StateBetweenCalls);
            }

            Lesson.FailWithHint("Networks made from generators with seeds 7 and 8, the same sizes, came out the same.", "each call draws its network from the generator it is given",
                "a network kept from an earlier call (a cache by sizes, a static field) or a generator of your own gives every call the same numbers: draw from rng, every call.");
        }
    }

    [Test]
    public void Weights_and_biases_are_drawn_in_the_pinned_order()
    {
        var draws = Draws(2 * 3 + 3 + 3 * 2 + 2);
        var rng = new GaussianGenerator(Seed);

        var network = Initialize(2, 3, 2, rng);
        var along = Array.IndexOf(Draws(SequenceReach), rng.NextGaussian());

        // The first matrix that is wrong is the one the recognised mistake is about.
        var named = Named(FromAnotherGenerator(RecogniseDraws(network, 2, 3, 2, along), along == 0)
            ?? (IsFromAnotherGenerator(network, along, draws.Length) ? Mistakes.InitOwnGenerator : null));
        if (named.Length == 0 && DrawOrder(network, draws.Length) is { } order)
        {
            Lesson.FailWithHint($"Every value of the network is one of the first {draws.Length} draws, each used once, but in another order (1 is the first draw): {order}.",
                OrderFormula, "the right numbers in the wrong order: W1 should hold draws 1–6 row by row, b1 7–9, W2 10–15 row by row and b2 16–17, so draw them in that order.");
        }

        Lesson.AssertClose(RowMajor(draws, 0, 2, 3), network.Hidden.Weights, "W1", OrderFormula, named);
        Lesson.AssertClose(RowMajor(draws, 6, 1, 3), network.Hidden.Bias, "b1 (drawn right after W1's 6 values)", OrderFormula, named);
        Lesson.AssertClose(RowMajor(draws, 9, 3, 2), network.Output.Weights, "W2 (drawn after W1 and b1)", OrderFormula, named);
        Lesson.AssertClose(RowMajor(draws, 15, 1, 2), network.Output.Bias, "b2 (the last two draws)", OrderFormula, named);
    }

    [TestCase(0, 3, 1)]
    [TestCase(2, 0, 1)]
    [TestCase(2, 3, -1)]
    public void A_layer_size_below_one_is_rejected(int inputs, int hidden, int outputs)
    {
        // The given Matrix rejects it; an initialisation that builds its matrices with it passes this on.
        // Any other exception (a TODO stub's) goes on as it is: its message says what to do.
        try
        {
            Initialization.InitializeNetwork(inputs, hidden, outputs, new GaussianGenerator(Seed));
        }
        catch (ArgumentOutOfRangeException)
        {
            return;
        }

        throw Lesson.Failure($"InitializeNetwork({inputs}, {hidden}, {outputs}, rng) returned a network; it should throw ArgumentOutOfRangeException: every layer needs at least one node. "
            + "Build the matrices with Matrix.FromFunction (or new Matrix), which checks the sizes for you.");
    }

    private static Network Initialize(int inputs, int hidden, int outputs, GaussianGenerator rng)
    {
        var call = $"Initialization.InitializeNetwork({inputs}, {hidden}, {outputs}, rng)";
        var network = Lesson.Call(() => Initialization.InitializeNetwork(inputs, hidden, outputs, rng), call,
            "W1 is inputNodes × hiddenNodes, b1 is 1 × hiddenNodes, W2 is hiddenNodes × outputNodes, b2 is 1 × outputNodes",
            error => error is null || (RecogniseShapeError(error, inputs, hidden, outputs) ?? RecogniseOnProbe()) is not { } mistake ? null : new ShapeReading(mistake, null));

        if (network is null)
        {
            Lesson.Fail($"{call} returned null; expected a network.", "return new Network(new Layer(W1, b1), new Layer(W2, b2))", null);
        }

        // Sizes other than those asked for may be a network kept from an earlier call, made for
        // that call's sizes: then it is the state to name, not the shape it happens to have.
        if ((network.Hidden.Weights.Rows, network.Hidden.Weights.Columns, network.Output.Weights.Columns) != (inputs, hidden, outputs) && IsKeptBetweenCalls(network))
        {
            Lesson.Fail($"{call} gave W1 {network.Hidden.Weights.Shape} and W2 {network.Output.Weights.Shape}, and a call with other sizes and another generator gave back that same network.",
                "each call draws its network from the generator it is given", Mistakes.StateBetweenCalls);
        }

        return network;
    }

    // The very same objects back from a call with other sizes and another generator: nothing but a
    // network kept from an earlier call does that (a generator of the learner's own makes new ones).
    private static bool IsKeptBetweenCalls(Network network)
    {
        try
        {
            var other = Initialization.InitializeNetwork(ShapeProbe.Inputs, ShapeProbe.Hidden, ShapeProbe.Outputs, new GaussianGenerator(Seed + 1));
            return ReferenceEquals(other, network) || ReferenceEquals(other.Hidden.Weights, network.Hidden.Weights);
        }
        catch (Exception)
        {
            return false;
        }
    }

    // The tests' sizes are one apart (2, 3, 4), so a matrix one column short can have another size
    // asked for; on ShapeProbe's sizes no size is one more than another. Read there when the test's
    // own sizes say nothing.
    private static Mistake? RecogniseOnProbe()
    {
        const int inputs = ShapeProbe.Inputs, hidden = ShapeProbe.Hidden, outputs = ShapeProbe.Outputs;
        try
        {
            Initialization.InitializeNetwork(inputs, hidden, outputs, new GaussianGenerator(1));
            return null;
        }
        catch (ArgumentException error) when (ShapeError.Parse(error.Message) is { } shape)
        {
            return RecogniseShapeError(shape, inputs, hidden, outputs);
        }
#pragma warning disable CA1031 // Any other failure on the probe tells nothing about the shapes.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static void AssertShape(int rows, int columns, Matrix actual, string what, string formula)
    {
        if (actual.Rows != rows || actual.Columns != columns)
        {
            var mistake = actual.Rows == columns && actual.Columns == rows ? (rows == 1 ? Mistakes.BiasAsColumn : Mistakes.TransposedMatrix) : Mistakes.InitWrongSize;
            Lesson.Fail($"{what} has shape {actual.Shape}; expected {rows}×{columns}.", formula, mistake);
        }
    }

    // The given Layer and Network say which shapes met; knowing the sizes asked for tells a bias of
    // the wrong size from transposed weights. A shape that could be either names nothing here.
    private static Mistake? RecogniseShapeError(ShapeError error, int inputs, int hidden, int outputs)
    {
        (int, int)[] weights = [(inputs, hidden), (hidden, outputs)];
        (int, int)[] transposed = [(hidden, inputs), (outputs, hidden)];
        var right = weights.Contains(error.Left);
        var turned = transposed.Contains(error.Left);
        return error.Operation switch
        {
            // A layer handed its bias as weights and its weights as bias (new Layer(b1, W1)): no entry says that.
            ShapeOperation.Layer when error.Left.Rows == 1 && weights.Contains(error.Right) => null,
            ShapeOperation.Layer when right && !turned => error.Right == (error.Left.Columns, 1) ? Mistakes.BiasAsColumn : Mistakes.InitWrongSize,
            ShapeOperation.Layer when turned && !right => Mistakes.TransposedMatrix,
            ShapeOperation.Layer when !right && !turned => Mistakes.InitWrongSize,
            ShapeOperation.Network when error.Right.Columns == outputs && error.Left == (inputs, hidden) && outputs != hidden => Mistakes.InitLayersSwapped,

            // The hidden layer is right, so the output weights are W2 turned round, or of another size
            // (the hidden layer's own W1 passed again): the given Network only sees that they do not chain.
            ShapeOperation.Network when error.Right.Columns == hidden && error.Left == (outputs, hidden) && outputs != inputs => Mistakes.TransposedMatrix,
            ShapeOperation.Network when error.Right.Columns == hidden && error.Left != (outputs, hidden) && error.Left != (hidden, outputs) => Mistakes.InitWrongSize,

            // A hidden layer of a size not asked for at all (W1 and b1 agreeing on it): the wrong size.
            ShapeOperation.Network when error.Right.Columns != hidden && error.Right.Columns != inputs && error.Right.Columns != outputs => Mistakes.InitWrongSize,
            _ => null,
        };
    }

    // Each matrix in the pinned order, compared with what each catalogued way of drawing it gives;
    // the first matrix that is wrong decides, and one that matches no way names nothing. `along` is
    // how many draws the caller's generator moved (−1 when it is at no whole draw in reach).
    private static Mistake? RecogniseDraws(Network network, int inputs, int hidden, int outputs, int along)
    {
        var parts = Parts(network, inputs, hidden, outputs);
        var index = Array.FindIndex(parts, part => !IsRight(part));
        if (index < 0)
        {
            return null;
        }

        var (actual, rows, columns, start, isBias, otherOrders) = parts[index];
        if (actual.Rows != rows || actual.Columns != columns)
        {
            return actual.Rows == columns && actual.Columns == rows ? Mistakes.TransposedMatrix : Mistakes.InitWrongSize;
        }

        var total = parts.Sum(part => part.Rows * part.Columns);
        var byPart = RecognisePart(actual, start, isBias, otherOrders);

        // One number everywhere (0, or a mean) where every draw was taken: the draws went elsewhere (a
        // copy from ToRows) or were multiplied away (a standard deviation of 0). Zeros where every draw
        // was taken, each other matrix holding its own (or, for the other weights, zeros too: the same
        // scale in each layer), were drawn in their place and multiplied away: scaled by 0 (as
        // √(2 / fanIn) in whole numbers is for fanIn > 2).
        // Later draws where the generator took exactly the draws needed were not drawn in addition: the
        // same draws went into another order (W1's turned into a matrix only after the rest were drawn).
        var byNode = !isBias && IsPinnedDrawsReordered(parts, total) && IsFilledNodeByNode(actual, total) ? Mistakes.InitColumnByColumn : null;
        var one = parts[0].Actual[0, 0];
        return along == total && parts.All(part => part.Actual.Rows == part.Rows && part.Actual.Columns == part.Columns && Same(part.Actual, Matrix.FromFunction(part.Rows, part.Columns, (_, _) => one))) ? Mistakes.InitDrawsNotStored
            : byPart == Mistakes.InitZeros && along == total && parts.Where((_, i) => i != index).All(part => IsRight(part) || (!part.IsBias && IsZeros(part))) ? Mistakes.InitScaled
            : byPart == Mistakes.InitExtraDraw && along == total ? byNode
            : byPart ?? byNode;
    }

    private static Part? FirstWrongPart(Network network, int inputs, int hidden, int outputs)
    {
        var parts = Parts(network, inputs, hidden, outputs);
        var index = Array.FindIndex(parts, part => !IsRight(part));
        return index < 0 ? null : parts[index];
    }

    // The matrices in the pinned order, each with where its draws start and where they would start
    // in the catalogued other orders (a bias drawn before its weights, W2 before b1, the output layer first).
    private static Part[] Parts(Network network, int inputs, int hidden, int outputs)
    {
        var b1 = inputs * hidden;
        var w2 = b1 + hidden;
        return
        [
            new(network.Hidden.Weights, inputs, hidden, 0, false, [(hidden, Mistakes.InitBiasesFirst), ((hidden * outputs) + outputs, Mistakes.InitOutputWeightsBeforeHiddenBias)]),
            new(network.Hidden.Bias, 1, hidden, b1, true, [(b1 + (hidden * outputs), Mistakes.InitOutputWeightsBeforeHiddenBias)]),
            new(network.Output.Weights, hidden, outputs, w2, false, [(w2 + outputs, Mistakes.InitBiasesFirst)]),
            new(network.Output.Bias, 1, outputs, w2 + (hidden * outputs), true, []),
        ];
    }

    private static bool IsZeros(Part part) =>
        part.Actual.Rows == part.Rows && part.Actual.Columns == part.Columns && Same(part.Actual, new Matrix(part.Rows, part.Columns));

    private static bool IsRight(Part part) =>
        part.Actual.Rows == part.Rows && part.Actual.Columns == part.Columns
        && Same(part.Actual, RowMajor(Draws(part.Start + (part.Rows * part.Columns)), part.Start, part.Rows, part.Columns));

    // The most specific first: no draws at all, one draw (for the whole matrix, or one for each row),
    // a number typed in, another fill order, another pinned order, another distribution (uniform
    // numbers, as they come or stretched to another range), the sign flipped, a scale (of the whole matrix, or of each
    // column), and last the draws further along the sequence (whole draws, or after a raw number). Equal entries are one draw reused only when they are a draw.
    private static Mistake? RecognisePart(Matrix actual, int start, bool isBias, (int Start, Mistake Mistake)[] otherOrders)
    {
        const int Reach = 20;
        var (rows, columns) = (actual.Rows, actual.Columns);
        var draws = Draws(start + (rows * columns) + Reach);
        var uniforms = Uniforms(start + (rows * columns) + Reach);
        var right = RowMajor(draws, start, rows, columns);
        var factor = actual[0, 0] / right[0, 0];
        var along = Enumerable.Range(start + 1, Reach);
        var oneValue = rows * columns > 1 && IsOneValue(actual);
        return Same(actual, new Matrix(rows, columns)) ? (isBias ? Mistakes.InitBiasZeros : Mistakes.InitZeros)
            : oneValue && draws.Any(draw => Math.Abs(draw - actual[0, 0]) <= Lesson.Tolerance) ? Mistakes.InitOneDrawReused
            : oneValue && IsTypedIn(actual[0, 0]) ? Mistakes.InitConstant
            : rows > 1 && columns > 1 && Same(actual, Matrix.FromFunction(rows, columns, (r, _) => draws[start + r])) ? Mistakes.InitOneDrawReused
            : rows > 1 && columns > 1 && Same(actual, Matrix.FromFunction(rows, columns, (r, c) => draws[start + (c * rows) + r])) ? Mistakes.InitColumnByColumn
            : otherOrders.Where(order => Same(actual, RowMajor(draws, order.Start, rows, columns))).Select(order => order.Mistake).FirstOrDefault()
            ?? (Enumerable.Range(0, start + Reach).Any(k => Same(actual, RowMajor(uniforms, k, rows, columns)) || IsStretched(actual, RowMajor(uniforms, k, rows, columns))) ? Mistakes.InitUniform
            : Same(actual, right.Scale(-1)) ? Mistakes.InitNegated
            : double.IsFinite(factor) && Math.Abs(factor - 1.0) > 1e-6 && Same(actual, right.Scale(factor)) ? Mistakes.InitScaled
            : rows > 1 && IsScaledByColumn(actual, right) ? Mistakes.InitScaled
            : along.Any(k => Same(actual, RowMajor(draws, k, rows, columns))) ? Mistakes.InitExtraDraw
            : Enumerable.Range(0, Reach).Any(k => Same(actual, RowMajor(DrawsAfterRawNumbers((2 * start) + (2 * k) + 1, rows * columns), 0, rows, columns))) ? Mistakes.InitExtraDraw
            : null);
    }

    // Draws further along the sequence say a draw was thrown away, but only when they came from
    // the generator given: when it was never drawn from, they came from another one (one made
    // with the same seed, or one kept from an earlier call in a static field).
    private static Mistake? FromAnotherGenerator(Mistake? byValues, bool neverDrawnFrom) =>
        byValues == Mistakes.InitExtraDraw && neverDrawnFrom ? Mistakes.InitOwnGenerator : byValues;

    private static bool IsOneValue(Matrix actual) => Same(actual, Matrix.FromFunction(actual.Rows, actual.Columns, (_, _) => actual[0, 0]));

    // W1, b1, W2 and b2 in the pinned order, entry by entry, with `skipped` draws thrown away in all,
    // anywhere: between the matrices (a Console.WriteLine(rng.NextGaussian()) before W2, a draw after
    // b2) or inside one (a draw rejected and drawn again, as a truncated normal does).
    private static bool IsPinnedWithDrawsSkipped(Network network, int inputs, int hidden, int outputs, int skipped)
    {
        var draws = Draws((inputs * hidden) + hidden + (hidden * outputs) + outputs + skipped);
        (Matrix Actual, int Rows, int Columns)[] parts =
            [(network.Hidden.Weights, inputs, hidden), (network.Hidden.Bias, 1, hidden), (network.Output.Weights, hidden, outputs), (network.Output.Bias, 1, outputs)];
        if (parts.Any(part => part.Actual.Rows != part.Rows || part.Actual.Columns != part.Columns))
        {
            return false;
        }

        var next = 0;
        foreach (var value in parts.SelectMany(part => part.Actual.ToRows().SelectMany(row => row)))
        {
            while (next < draws.Length && Math.Abs(draws[next] - value) > Lesson.Tolerance)
            {
                next++;
            }

            if (next == draws.Length)
            {
                return false;
            }

            next++;
        }

        return true;
    }

    private static bool Same(Matrix actual, Matrix expected) => actual.ApproximatelyEquals(expected, Lesson.Tolerance);

    private static KnownMistake[] Named(Mistake? mistake) => mistake is null ? [] : [KnownMistake.Seen(mistake)];

    private static double[] Draws(int count)
    {
        var rng = new GaussianGenerator(Seed);
        return Enumerable.Range(0, count).Select(_ => rng.NextGaussian()).ToArray();
    }

    private static double[] Uniforms(int count)
    {
        var rng = new GaussianGenerator(Seed);
        return Enumerable.Range(0, count).Select(_ => rng.NextUniform()).ToArray();
    }

    private static Matrix RowMajor(double[] draws, int start, int rows, int columns) =>
        Matrix.FromFunction(rows, columns, (r, c) => draws[start + r * columns + c]);
}
