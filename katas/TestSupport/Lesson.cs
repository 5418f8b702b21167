using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NeuralKatas.Testing;

/// <summary>
/// Builds the message of a failing kata test: what came back and what was expected (with enough
/// digits to see the difference, and the difference itself), the formula, and the catalogued
/// mistake that explains it when one does. Every kata test fails through here, so learners always
/// read the same shape of message, and its last line <c>Mistake: id</c> is what the grader reads.
/// </summary>
/// <remarks>[StackTraceHidden] keeps these frames out of the stack traces learners read.</remarks>
[StackTraceHidden]
public static class Lesson
{
    /// <summary>Tolerance for comparing a learner's numbers with the expected ones.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>The start of a failure message's last line when it names a catalogued mistake.</summary>
    public const string MistakeLinePrefix = "Mistake: ";

    /// <summary>The start of the line that says where in the learner's file an exception arose.</summary>
    public const string WhereLinePrefix = "Where: ";

    /// <summary>Fails the test unless <paramref name="actual"/> is within <see cref="Tolerance"/> of <paramref name="expected"/>; NaN and ±∞ are reported as such.</summary>
    public static void AssertClose(double expected, double actual, string what, string formula, params KnownMistake[] mistakes)
    {
        ArgumentNullException.ThrowIfNull(mistakes);
        if (Numbers.Close(expected, actual, Tolerance))
        {
            return;
        }

        var mistake = Seen(mistakes) ?? Recognise(actual, mistakes) ?? Generic(Numbers.Rounded(expected, actual), Numbers.SinglePrecision(expected, actual));
        var (shownActual, shownExpected) = Numbers.Pair(actual, expected);
        var difference = double.IsFinite(actual) ? $" (off by {Numbers.Difference(actual, expected)})" : string.Empty;
        Fail($"{what} is {shownActual}; expected {shownExpected}{difference}.", formula, mistake);
    }

    /// <summary>Fails the test unless both matrices have the same shape and agree within <see cref="Tolerance"/>.</summary>
    public static void AssertClose(Matrix expected, Matrix? actual, string what, string formula, params KnownMistake[] mistakes) =>
        AssertWithin(Tolerance, expected, actual, what, formula, mistakes);

    /// <summary>
    /// Like <see cref="AssertClose(Matrix, Matrix?, string, string, KnownMistake[])"/> with a tolerance of its own, for
    /// expectations that are measured rather than computed exactly (finite differences). Known
    /// mistakes are still matched within <see cref="Tolerance"/>. A mistake already seen in the whole
    /// result comes first; then shapes (a shape-only mistake, then the transpose), so a wrong shape is
    /// never blamed on a value; then the catalogued values; then rounding and single precision, which
    /// only a result this close can show.
    /// </summary>
    public static void AssertWithin(double tolerance, Matrix expected, Matrix? actual, string what, string formula, params KnownMistake[] mistakes)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(mistakes);
        if (actual is null)
        {
            Fail($"{what} is null; expected a {expected.Shape} matrix.", formula, null);
            return;
        }

        if (actual.Rows != expected.Rows || actual.Columns != expected.Columns)
        {
            var byShape = Only(mistakes.Where(m => m.ShapeOnly && m.Produces.Rows == actual.Rows && m.Produces.Columns == actual.Columns));
            var transposed = actual.Rows == expected.Columns && actual.Columns == expected.Rows ? Mistakes.TransposedMatrix : null;
            Fail($"{what} has shape {actual.Shape}; expected {expected.Shape}.", formula, Seen(mistakes) ?? byShape ?? transposed);
            return;
        }

        if (Numbers.Close(expected, actual, tolerance))
        {
            return;
        }

        var mistake = Seen(mistakes) ?? Recognise(actual, mistakes)
            ?? (tolerance <= Tolerance ? Generic(Numbers.Rounded(expected, actual), Numbers.SinglePrecision(expected, actual)) : null);
        var (shownActual, shownExpected) = Numbers.Pair(actual, expected);
        Fail($"{what} is {shownActual}; expected {shownExpected}. {Numbers.LargestDifference(actual, expected)}", formula, mistake);
    }

    /// <summary>
    /// The one catalogued mistake that produces <paramref name="actual"/>, or null: also null when two
    /// different mistakes produce it, since naming either could name the wrong one.
    /// </summary>
    public static Mistake? Recognise(double actual, params KnownMistake[] mistakes)
    {
        ArgumentNullException.ThrowIfNull(mistakes);
        return Only(mistakes.Where(m => m.Compared && m.Produces.Rows == 1 && m.Produces.Columns == 1 && Numbers.Close(m.Produces[0, 0], actual, Tolerance)));
    }

    /// <summary>The one catalogued mistake whose values <paramref name="actual"/> has (same shape, within <see cref="Tolerance"/>), or null, as for a number.</summary>
    public static Mistake? Recognise(Matrix actual, params KnownMistake[] mistakes)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(mistakes);
        return Only(mistakes.Where(m => m.Compared && Numbers.Close(m.Produces, actual, Tolerance)));
    }

    /// <summary>
    /// True when the two have the same shape and the very same entries, NaN to NaN and ∞ to ∞ included:
    /// what a call made again with the same arguments must give.
    /// </summary>
    public static bool Identical(Matrix one, Matrix other)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        return Numbers.Close(one, other, 0);
    }

    /// <summary>
    /// True when every entry of <paramref name="actual"/> is a float within single precision of the one in
    /// <paramref name="expected"/>, and not all are right: the values of the right formula computed in float,
    /// read from a function's values at several inputs (a sum of two floats is no float itself).
    /// </summary>
    public static bool InSinglePrecision(Matrix expected, Matrix actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return expected.Rows == actual.Rows && expected.Columns == actual.Columns
            && !Numbers.Close(expected, actual, Tolerance) && Numbers.SinglePrecision(expected, actual);
    }

    /// <summary>
    /// <see cref="InSinglePrecision"/> for a result that had the row <paramref name="added"/> added in double after
    /// a part computed in float (X·W1 summed in a float, then b1): that row is taken off both before comparing.
    /// </summary>
    public static bool InSinglePrecisionBefore(Matrix added, Matrix expected, Matrix? actual)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(expected);
        if (actual is null || expected.Rows != actual.Rows || expected.Columns != actual.Columns || added.Columns != actual.Columns
            || Numbers.Close(expected, actual, Tolerance))
        {
            return false;
        }

        var takenOff = added.Scale(-1);
        return Numbers.SinglePrecisionBeforeOffset(expected.AddRowVector(takenOff), actual.AddRowVector(takenOff));
    }

    /// <summary>
    /// Calls the learner's code; a shape error from the given library becomes a lesson about shapes
    /// (naming the transpose or the bias when its message does) instead of a bare exception. Any
    /// other exception, a TODO stub's included, passes through unchanged: its message already says what to do.
    /// </summary>
    public static T Call<T>(Func<T> learnerCode, string what, string formula) =>
        Call(learnerCode, what, formula, _ => null);

    /// <summary>
    /// Like <see cref="Call{T}(Func{T}, string, string)"/>, with a kata's own reading of a shape
    /// error: <paramref name="read"/> knows the sizes its test used (or runs the learner's code on
    /// <see cref="ShapeProbe"/>), so it can tell a bias of the wrong size from transposed weights, or one
    /// layer's matrix from the other's. When it returns null, the given library's hint is read instead.
    /// </summary>
    public static T Call<T>(Func<T> learnerCode, string what, string formula, Func<ShapeError?, ShapeReading?> read)
    {
        ArgumentNullException.ThrowIfNull(learnerCode);
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return learnerCode();
        }
        catch (ArgumentException error) when (ShapeMistakes.IsShapeError(error))
        {
            var reading = read(ShapeError.Parse(error.Message));
            var mistake = reading is null ? ShapeMistakes.Recognise(error.Message) : reading.Mistake;
            var note = reading?.Note is null ? string.Empty : "\n" + reading.Note;
            var message = Message($"{what} threw: {error.Message}{note}", formula);
            if (mistake is null)
            {
                message.Append("Hint: a matrix of the wrong shape. Shapes must chain: (n×m)·(m×p) gives n×p, a weight matrix is fan-in × fan-out, and a bias is a 1 × fan-out row vector added with AddRowVector.\n");
            }

            Finish(message, mistake, LearnerLine.Of(error));
            throw;
        }
    }

    /// <summary>
    /// <paramref name="mistake"/>, as seen, when <paramref name="actual"/> holds a NaN: for a check whose
    /// expected values are all finite, where a NaN can only come from an ∞ / ∞ or ∞ · 0 on the way.
    /// </summary>
    public static KnownMistake[] WhereNaN(Matrix? actual, Mistake mistake) =>
        actual is not null && Numbers.HasNaN(actual) ? [KnownMistake.Seen(mistake)] : [];

    /// <summary>Fails the test if <paramref name="now"/> differs from the copy taken before the learner's code ran.</summary>
    public static void AssertUnchanged(Matrix before, Matrix now, string what, string whoChangedIt)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(now);
        if (!now.ApproximatelyEquals(before, 0))
        {
            var (shownNow, shownBefore) = Numbers.Pair(now, before);
            Fail($"{what} was {shownBefore} before {whoChangedIt} ran and is {shownNow} after it.",
                "the functions of a network read their inputs and return new matrices",
                Mistakes.InputMutatedInPlace);
        }
    }

    /// <summary>Fails the test with a message in the lesson's shape; <paramref name="mistake"/> is named on the last line.</summary>
    [DoesNotReturn]
    public static void Fail(string observation, string formula, Mistake? mistake) =>
        Finish(Message(observation, formula), mistake, null);

    /// <summary>Fails the test with a hint that names no catalogued mistake: for a symptom more than one mistake can cause.</summary>
    [DoesNotReturn]
    public static void FailWithHint(string observation, string formula, string hint)
    {
        throw Failure(Message(observation, formula).Append("Hint: ").Append(hint).Append('\n').ToString());
    }

    /// <summary>A number as learners read it: 6 significant digits, or every digit when it is close to <paramref name="other"/>.</summary>
    public static string Format(double value, double other) => Numbers.Pair(value, other).Value;

    // The order is fixed (the grader reads it): likely mistake, then Where: file:line:column, then Mistake: id last.
    [DoesNotReturn]
    private static void Finish(StringBuilder message, Mistake? mistake, string? where)
    {
        if (mistake is not null)
        {
            message.Append("Likely mistake: ").Append(mistake.Sentence).Append('\n');
        }

        if (where is not null)
        {
            message.Append(WhereLinePrefix).Append(where).Append('\n');
        }

        if (mistake is not null)
        {
            message.Append(MistakeLinePrefix).Append(mistake.Id).Append('\n');
        }

        throw Failure(message.ToString());
    }

    /// <summary>
    /// The exception that fails a test with <paramref name="message"/>. Thrown rather than
    /// Assert.Fail: that also records an assertion, whose stack trace NUnit's adapter prints again
    /// after the test's, so `dotnet test` showed every failure's trace twice.
    /// </summary>
    public static AssertionException Failure(string message) => new(message);

    private static Mistake? Seen(KnownMistake[] mistakes) => Only(mistakes.Where(m => m.AlreadySeen));

    // After every catalogued value: a rounded result, then single precision (a rounded value is also close).
    private static Mistake? Generic(bool rounded, bool singlePrecision) =>
        rounded ? Mistakes.RoundedResult : singlePrecision ? Mistakes.SinglePrecision : null;

    private static Mistake? Only(IEnumerable<KnownMistake> matching)
    {
        var named = matching.Select(m => m.Mistake).Distinct().Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static StringBuilder Message(string observation, string formula) =>
        new StringBuilder(observation).Append('\n').Append("Formula: ").Append(formula).Append('\n');
}
