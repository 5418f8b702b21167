using System.Globalization;
using System.Text;

namespace NeuralKatas.Testing;

/// <summary>
/// Comparing and showing numbers for <see cref="Lesson"/>: NaN and ±∞ in words, and as many
/// digits as it takes to see the difference that failed (6 when that is enough, 17 otherwise).
/// </summary>
internal static class Numbers
{
    public static bool Close(double expected, double actual, double tolerance) =>
        expected.Equals(actual) || Math.Abs(expected - actual) <= tolerance;

    public static bool Close(Matrix expected, Matrix actual, double tolerance)
    {
        if (expected.Rows != actual.Rows || expected.Columns != actual.Columns)
        {
            return false;
        }

        for (var r = 0; r < expected.Rows; r++)
        {
            for (var c = 0; c < expected.Columns; c++)
            {
                if (!Close(expected[r, c], actual[r, c], tolerance))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// A float, right to about 7 significant digits and no better: the mark of float arithmetic. A result
    /// computed in float is a float (widened to double, it survives (double)(float)x unchanged); a double
    /// off by a small, smooth amount (an ε added to a denominator) is close as well, but is no float.
    /// </summary>
    public static bool SinglePrecision(double expected, double actual) =>
        IsFloat(actual) && WithinSinglePrecision(expected, actual);

    /// <summary>
    /// <see cref="SinglePrecision(double, double)"/> for a value that had a double added in the learner's code,
    /// taken off again here: the learner's float came through two roundings of a double, each at most
    /// half a unit in the last place, so it is within one such unit of a float (a chance of about one in
    /// 10⁸ for a double that never was one).
    /// </summary>
    public static bool SinglePrecisionBeforeOffset(double expected, double actual) =>
        double.IsFinite(actual) && Math.Abs(actual - (float)actual) <= Math.BitIncrement(Math.Abs(actual)) - Math.Abs(actual)
        && WithinSinglePrecision(expected, actual);

    public static bool SinglePrecision(Matrix expected, Matrix actual) =>
        Entries(expected).Zip(Entries(actual)).All(pair => SinglePrecision(pair.First, pair.Second));

    public static bool SinglePrecisionBeforeOffset(Matrix expected, Matrix actual) =>
        Entries(expected).Zip(Entries(actual)).All(pair => SinglePrecisionBeforeOffset(pair.First, pair.Second));

    /// <summary>True when any entry of <paramref name="matrix"/> is NaN.</summary>
    public static bool HasNaN(Matrix matrix) => Entries(matrix).Any(double.IsNaN);

    private static bool WithinSinglePrecision(double expected, double actual) =>
        Math.Abs(actual - expected) <= 1e-6 * Math.Max(Math.Abs(expected), 1e-3);

    /// <summary>True when <paramref name="value"/> is a finite number a float holds exactly.</summary>
    public static bool IsFloat(double value) => double.IsFinite(value) && ((double)(float)value).Equals(value);

    /// <summary>
    /// The expected value rounded to 2–8 decimals (Math.Round's either midpoint rule): what a result
    /// rounded for display shows. None or one decimal is left out: 0, 1, 0.9 or 0.5 are what too
    /// many other wrong formulas give (a clamped line gives 0.9 at z = 2) to tell. Nor are zeros alone:
    /// small values round to 0, and so many mistakes give 0 (a step skipped, a factor of 0) to tell.
    /// </summary>
    public static bool Rounded(double expected, double actual) =>
        !expected.Equals(actual) && actual != 0 && Enumerable.Range(2, 7).Any(digits => RoundedTo(digits, expected, actual));

    public static bool Rounded(Matrix expected, Matrix actual) =>
        !Close(expected, actual, 0) && Entries(actual).Any(value => value != 0)
        && Enumerable.Range(2, 7).Any(digits => Entries(expected).Zip(Entries(actual)).All(pair => RoundedTo(digits, pair.First, pair.Second)));

    public static (string Value, string Other) Pair(double value, double other)
    {
        var format = Text(value, "G6") == Text(other, "G6") && !value.Equals(other) ? "R" : "G6";
        return (Text(value, format), Text(other, format));
    }

    public static (string Value, string Other) Pair(Matrix value, Matrix other)
    {
        var format = "G6";
        if (value.Rows == other.Rows && value.Columns == other.Columns)
        {
            for (var r = 0; r < value.Rows; r++)
            {
                for (var c = 0; c < value.Columns; c++)
                {
                    if (!value[r, c].Equals(other[r, c]) && Text(value[r, c], "G6") == Text(other[r, c], "G6"))
                    {
                        format = "R";
                    }
                }
            }
        }

        return (Text(value, format), Text(other, format));
    }

    public static string Difference(double value, double other) =>
        Math.Abs(value - other).ToString("G3", CultureInfo.InvariantCulture);

    /// <summary>Where the two differ most, in words; NaN and ∞ entries first, since they explain everything after them.</summary>
    public static string LargestDifference(Matrix actual, Matrix expected)
    {
        var (row, column, largest) = (0, 0, -1.0);
        for (var r = 0; r < actual.Rows; r++)
        {
            for (var c = 0; c < actual.Columns; c++)
            {
                if (!double.IsFinite(actual[r, c]))
                {
                    return $"Entry [{r}, {c}] is {Text(actual[r, c], "G6")}.";
                }

                var difference = Math.Abs(actual[r, c] - expected[r, c]);
                if (difference > largest)
                {
                    (row, column, largest) = (r, c, difference);
                }
            }
        }

        return $"The largest difference is {largest.ToString("G3", CultureInfo.InvariantCulture)}, at [{row}, {column}].";
    }

    private static bool RoundedTo(int digits, double expected, double actual) =>
        Close(Math.Round(expected, digits, MidpointRounding.ToEven), actual, 1e-12)
        || Close(Math.Round(expected, digits, MidpointRounding.AwayFromZero), actual, 1e-12);

    private static IEnumerable<double> Entries(Matrix matrix) =>
        Enumerable.Range(0, matrix.Rows * matrix.Columns).Select(i => matrix[i / matrix.Columns, i % matrix.Columns]);

    private static string Text(double value, string format) =>
        value switch
        {
            double.NaN => "NaN (not a number)",
            double.PositiveInfinity => "+∞ (infinity)",
            double.NegativeInfinity => "−∞ (minus infinity)",
            _ => value.ToString(format, CultureInfo.InvariantCulture),
        };

    private static string Text(Matrix matrix, string format)
    {
        if (matrix.Rows == 1 && matrix.Columns == 1)
        {
            return Text(matrix[0, 0], format);
        }

        var text = new StringBuilder(matrix.Shape).Append(" [");
        for (var r = 0; r < matrix.Rows; r++)
        {
            text.Append(r == 0 ? "[" : ", [");
            for (var c = 0; c < matrix.Columns; c++)
            {
                text.Append(c == 0 ? string.Empty : ", ").Append(Text(matrix[r, c], format));
            }

            text.Append(']');
        }

        return text.Append(']').ToString();
    }
}
