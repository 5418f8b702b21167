using NeuralKatas.Testing;

namespace NeuralKatas.Kata02;

/// <summary>What numbers a learner's matrix holds when they are not the pinned draws: scaled ones, typed-in ones, stretched uniform ones, or draws from another place in the raw sequence.</summary>
public sealed partial class InitializationTests
{
    // Each column (one node's incoming weights) the right draws times a factor of its own, not all 1:
    // weight normalisation's unit-length columns. Needs two rows: a row's entries are each a column.
    private static bool IsScaledByColumn(Matrix actual, Matrix right)
    {
        var factors = Enumerable.Range(0, actual.Columns).Select(c => actual[0, c] / right[0, c]).ToArray();
        return factors.All(double.IsFinite) && factors.Any(f => Math.Abs(f - 1.0) > 1e-6)
            && Same(actual, Matrix.FromFunction(actual.Rows, actual.Columns, (r, c) => right[r, c] * factors[c]));
    }

    // The draws of the sequence after an odd count of raw numbers (NextUInt64 or NextUniform calls;
    // a draw takes two): what a matrix holds when a raw number was taken from rng before it and thrown away.
    private static double[] DrawsAfterRawNumbers(int skipped, int count)
    {
        var rng = new GaussianGenerator(Seed);
        for (var i = 0; i < skipped; i++)
        {
            rng.NextUInt64();
        }

        return Enumerable.Range(0, count).Select(_ => rng.NextGaussian()).ToArray();
    }

    // A generator of one's own seeded from rng (new GaussianGenerator(rng.NextUInt64())) takes a raw
    // number or a few from rng and no draws: rng is then an odd number of raw numbers along, which
    // no count of NextGaussian draws (two raw numbers each) can leave.
    private static bool OddRawNumbersAlong(double next) =>
        Enumerable.Range(0, 13).Select(i => (2 * i) + 1).Any(count =>
        {
            var rng = new GaussianGenerator(Seed);
            for (var i = 0; i < count; i++)
            {
                rng.NextUInt64();
            }

            return rng.NextGaussian() == next;
        });

    // Another order of the pinned draws, or another fill order, or a scale, takes 13 draws as the
    // pinned order does: it cannot be why the generator is elsewhere.
    private static Mistake? KeepsTheCount(Mistake? byValues) =>
        byValues == Mistakes.InitBiasesFirst || byValues == Mistakes.InitOutputWeightsBeforeHiddenBias
            || byValues == Mistakes.InitColumnByColumn || byValues == Mistakes.InitScaled ? null : byValues;

    // A number a person types (0.1, 0.01, 1) has a few decimals; a draw of N(0, 1) never has.
    private static bool IsTypedIn(double value) => value != 0 && Math.Abs((value * 1e4) - Math.Round(value * 1e4)) < 1e-6;

    // a·u + b for the uniform numbers u (2u − 1 spreads them over [−1, 1]): a and b from the first two
    // entries, so a third one at least must agree.
    private static bool IsStretched(Matrix actual, Matrix uniforms)
    {
        if (actual.Rows * actual.Columns < 3)
        {
            return false;
        }

        var (second, secondUniform) = actual.Columns > 1 ? (actual[0, 1], uniforms[0, 1]) : (actual[1, 0], uniforms[1, 0]);
        var slope = (second - actual[0, 0]) / (secondUniform - uniforms[0, 0]);
        var offset = actual[0, 0] - (slope * uniforms[0, 0]);
        return slope != 0 && double.IsFinite(slope) && Same(actual, uniforms.Map(u => (slope * u) + offset));
    }
}
