using NeuralKatas.Testing;

namespace NeuralKatas.Kata02;

/// <summary>Kata 02: every weight and bias drawn from N(0, 1) in the pinned order W1, b1, W2, b2.</summary>
[TestFixture]
public sealed class InitializationTests
{
    private const ulong Seed = 42;
    private const string OrderFormula = "draw with rng.NextGaussian(): W1 row by row, then b1, then W2 row by row, then b2";

    [Test]
    public void Network_has_the_shapes_the_layer_sizes_ask_for()
    {
        var network = Initialize(2, 3, 4, new GaussianGenerator(Seed));

        Lesson.AssertClose(new Matrix(2, 3), network.Hidden.Weights.Map(_ => 0), "The shape of W1", "W1 is inputNodes × hiddenNodes");
        Lesson.AssertClose(new Matrix(3, 4), network.Output.Weights.Map(_ => 0), "The shape of W2", "W2 is hiddenNodes × outputNodes");
        Lesson.AssertClose(new Matrix(1, 4), network.Output.Bias.Map(_ => 0), "The shape of b2", "b2 is 1 × outputNodes");
    }

    [Test]
    public void Initialisation_draws_from_the_generator_it_is_given()
    {
        // After drawing 2·3 + 3 + 3·1 + 1 = 13 values, the caller's generator must be exactly
        // 13 draws along: the 14th value of the sequence comes next.
        var rng = new GaussianGenerator(Seed);
        var draws = Draws(40);

        var network = Initialize(2, 3, 1, rng);
        var next = rng.NextGaussian();

        if (next != draws[13])
        {
            // Zeros, or one draw reused, also leave the generator short: name those by W1 before
            // blaming the generator.
            var along = Array.IndexOf(draws, next);
            var observation = $"After InitializeNetwork(2, 3, 1, rng) the generator was not 13 draws along: {(along == 0 ? "it was never drawn from" : along > 0 ? $"it was {along} along" : "it was somewhere else")}.";
            const string formula = OrderFormula + ": one draw per weight and bias, 13 in all";
            var byWeights = network.Hidden.Weights.ApproximatelyEquals(new Matrix(2, 3), 0) ? Mistakes.InitZeros
                : network.Hidden.Weights.ApproximatelyEquals(Matrix.FromFunction(2, 3, (_, _) => network.Hidden.Weights[0, 0]), 0) ? Mistakes.InitOneDrawReused
                : null;
            if (byWeights is not null || along == 0)
            {
                Lesson.Fail(observation, formula, byWeights ?? Mistakes.InitOwnGenerator);
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
    }

    [Test]
    public void Weights_and_biases_are_drawn_in_the_pinned_order()
    {
        var draws = Draws(2 * 3 + 3 + 3 * 2 + 2);

        var network = Initialize(2, 3, 2, new GaussianGenerator(Seed));

        Lesson.AssertClose(RowMajor(draws, 0, 2, 3), network.Hidden.Weights, "W1", OrderFormula,
            new KnownMistake(Mistakes.InitColumnByColumn, ColumnMajor(draws, 0, 2, 3)),
            new KnownMistake(Mistakes.InitBiasesFirst, RowMajor(draws, 3, 2, 3)),
            new KnownMistake(Mistakes.InitOneDrawReused, Matrix.FromFunction(2, 3, (_, _) => draws[0])),
            new KnownMistake(Mistakes.InitZeros, new Matrix(2, 3)));
        Lesson.AssertClose(RowMajor(draws, 6, 1, 3), network.Hidden.Bias, "b1 (drawn right after W1's 6 values)", OrderFormula,
            new KnownMistake(Mistakes.InitOutputWeightsBeforeHiddenBias, RowMajor(draws, 12, 1, 3)),
            new KnownMistake(Mistakes.InitZeros, new Matrix(1, 3)));
        Lesson.AssertClose(RowMajor(draws, 9, 3, 2), network.Output.Weights, "W2 (drawn after W1 and b1)", OrderFormula,
            new KnownMistake(Mistakes.InitColumnByColumn, ColumnMajor(draws, 9, 3, 2)),
            new KnownMistake(Mistakes.InitOutputWeightsBeforeHiddenBias, RowMajor(draws, 6, 3, 2)),
            new KnownMistake(Mistakes.InitZeros, new Matrix(3, 2)));
        Lesson.AssertClose(RowMajor(draws, 15, 1, 2), network.Output.Bias, "b2 (the last two draws)", OrderFormula,
            new KnownMistake(Mistakes.InitZeros, new Matrix(1, 2)));
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

    private static Network Initialize(int inputs, int hidden, int outputs, GaussianGenerator rng) =>
        Lesson.Call(() => Initialization.InitializeNetwork(inputs, hidden, outputs, rng), $"Initialization.InitializeNetwork({inputs}, {hidden}, {outputs}, rng)",
            "W1 is inputNodes × hiddenNodes, b1 is 1 × hiddenNodes, W2 is hiddenNodes × outputNodes, b2 is 1 × outputNodes");

    private static double[] Draws(int count)
    {
        var rng = new GaussianGenerator(Seed);
        return Enumerable.Range(0, count).Select(_ => rng.NextGaussian()).ToArray();
    }

    private static Matrix RowMajor(double[] draws, int start, int rows, int columns) =>
        Matrix.FromFunction(rows, columns, (r, c) => draws[start + r * columns + c]);

    private static Matrix ColumnMajor(double[] draws, int start, int rows, int columns) =>
        Matrix.FromFunction(rows, columns, (r, c) => draws[start + c * rows + r]);
}
