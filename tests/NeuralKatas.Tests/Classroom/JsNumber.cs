using System.Globalization;
using System.Numerics;

namespace NeuralKatas.Tests.Classroom;

/// <summary>
/// How JavaScript turns a number into text, for the strings the reporter prints: Number::toString
/// (ECMA-262 §6.1.6.1.20: the shortest digits that round-trip, written plainly from 1e-7 up to 1e21)
/// and Number.prototype.toFixed (§21.1.3.3: the exact binary value rounded, a tie going up).
/// </summary>
public static class JsNumber
{
    /// <summary>String(x), `${x}`: what the reporter's template strings print.</summary>
    public static string ToString(double x)
    {
        if (double.IsNaN(x))
        {
            return "NaN";
        }

        if (double.IsInfinity(x))
        {
            return x > 0 ? "Infinity" : "-Infinity";
        }

        if (x == 0)
        {
            return "0";
        }

        if (x < 0)
        {
            return "-" + ToString(-x);
        }

        // .NET's "R" gives the same shortest round-trip digits; only the layout differs.
        var (digits, n) = Shortest(x);
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1 >= 0 ? "+" + (n - 1).ToString(CultureInfo.InvariantCulture) : (n - 1).ToString(CultureInfo.InvariantCulture);
        return (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + exponent;
    }

    /// <summary>x.toFixed(fractionDigits) for 0 ≤ x &lt; 1e21.</summary>
    public static string ToFixed(double x, int fractionDigits)
    {
        Assert.That(x, Is.GreaterThanOrEqualTo(0).And.LessThan(1e21), "The model covers the reporter's non-negative points only.");
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        BigInteger significand = exponent == 0 ? mantissa : mantissa | (1L << 52);
        var power = (exponent == 0 ? 1 : exponent) - 1075;
        var scale = BigInteger.Pow(10, fractionDigits);

        // n = the integer nearest x × 10^f, the larger on a tie, computed exactly.
        BigInteger n;
        if (power >= 0)
        {
            n = significand * BigInteger.Pow(2, power) * scale;
        }
        else
        {
            var numerator = significand * scale;
            var denominator = BigInteger.Pow(2, -power);
            n = ((2 * numerator) + denominator) / (2 * denominator);
        }

        var text = n.ToString(CultureInfo.InvariantCulture).PadLeft(fractionDigits + 1, '0');
        return fractionDigits == 0 ? text : text[..^fractionDigits] + "." + text[^fractionDigits..];
    }

    // The shortest round-trip digits without leading or trailing zeros, and n: x = 0.digits × 10^n.
    private static (string Digits, int N) Shortest(double x)
    {
        var shortest = x.ToString("R", CultureInfo.InvariantCulture);
        var parts = shortest.Split('E');
        var mantissa = parts[0];
        var e = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? mantissa : mantissa[..point];
        var all = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var leading = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        return (digits, whole.Length - leading + e);
    }
}
