using System.Globalization;
using System.Text;

namespace NeuralKatas.Testing;

/// <summary>
/// Builds the message of a failing kata test: what was expected, what came back, the formula,
/// and the known mistake that explains the difference when one does. Every kata test fails
/// through here, so learners always read the same shape of message.
/// </summary>
public static class Lesson
{
    /// <summary>Tolerance for comparing a learner's numbers with the expected ones.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Fails the test unless <paramref name="actual"/> is within <see cref="Tolerance"/> of <paramref name="expected"/>.</summary>
    public static void AssertClose(double expected, double actual, string what, string formula, params KnownMistake[] mistakes) =>
        AssertClose(Matrix.RowVector([expected]), Matrix.RowVector([actual]), what, formula, mistakes);

    /// <summary>Fails the test unless both matrices have the same shape and agree within <see cref="Tolerance"/>.</summary>
    public static void AssertClose(Matrix expected, Matrix? actual, string what, string formula, params KnownMistake[] mistakes) =>
        AssertWithin(Tolerance, expected, actual, what, formula, mistakes);

    /// <summary>
    /// Like <see cref="AssertClose(Matrix, Matrix?, string, string, KnownMistake[])"/> with a tolerance of its own, for
    /// expectations that are measured rather than computed exactly (finite differences). Known
    /// mistakes are still matched within <see cref="Tolerance"/>.
    /// </summary>
    public static void AssertWithin(double tolerance, Matrix expected, Matrix? actual, string what, string formula, params KnownMistake[] mistakes)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (actual is null)
        {
            Fail($"{what} is null; expected {Describe(expected)}.", formula, null);
            return;
        }

        if (actual.Rows != expected.Rows || actual.Columns != expected.Columns)
        {
            var transposed = actual.Rows == expected.Columns && actual.Columns == expected.Rows
                ? "a transposed matrix: check which side of each product the transpose belongs on (shapes must chain: (n×m)·(m×p))"
                : null;
            Fail($"{what} has shape {actual.Shape}; expected {expected.Shape}.", formula, transposed);
        }

        if (actual.ApproximatelyEquals(expected, tolerance))
        {
            return;
        }

        var mistake = mistakes.FirstOrDefault(m => actual.ApproximatelyEquals(m.Produces, Tolerance));
        Fail($"{what} is {Describe(actual)}; expected {Describe(expected)}.", formula, mistake?.Description);
    }

    /// <summary>
    /// Calls the learner's code; a shape error from the given Matrix becomes a lesson about
    /// shapes instead of a bare exception. Any other exception, a TODO stub's included, passes
    /// through unchanged, since its message already says what to do.
    /// </summary>
    public static T Call<T>(Func<T> learnerCode, string what, string formula)
    {
        ArgumentNullException.ThrowIfNull(learnerCode);
        try
        {
            return learnerCode();
        }
        catch (ArgumentException error) when (error.Message.Contains("Cannot ", StringComparison.Ordinal))
        {
            Fail($"{what} threw: {error.Message}", formula,
                "a transposed matrix or a bias of the wrong shape. Shapes must chain: (n×m)·(m×p) gives n×p, " +
                "a weight matrix is fan-in × fan-out, and a bias is a 1 × fan-out row vector added with AddRowVector.");
            throw;
        }
    }

    /// <summary>Fails the test if <paramref name="now"/> differs from the copy taken before the learner's code ran.</summary>
    public static void AssertUnchanged(Matrix before, Matrix now, string what, string whoChangedIt)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(now);
        if (!now.ApproximatelyEquals(before, 0))
        {
            Fail($"{what} was {before} before the call and is {now} after it.",
                "the functions of a network read their inputs and return new matrices",
                $"inputs mutated in place: {whoChangedIt} wrote into a matrix it was given (through the indexer). Build new matrices instead: Subtract, Scale, Map and the rest all return new ones.");
        }
    }

    /// <summary>Fails the test with a message in the lesson's shape.</summary>
    public static void Fail(string observation, string formula, string? likelyMistake)
    {
        var message = new StringBuilder(observation).AppendLine();
        message.Append("Formula: ").Append(formula).AppendLine();
        if (likelyMistake is not null)
        {
            message.Append("Likely mistake: ").Append(likelyMistake).AppendLine();
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>A number as learners read it: up to 6 significant digits, invariant culture.</summary>
    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string Describe(Matrix matrix) =>
        matrix.Rows == 1 && matrix.Columns == 1 ? Format(matrix[0, 0]) : matrix.ToString();
}
