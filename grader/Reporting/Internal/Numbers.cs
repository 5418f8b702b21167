using System.Globalization;

namespace NeuralKatas.Grader.Reporting.Internal;

/// <summary>
/// Every number a report prints, formatted one way: invariant culture (a grader on a German
/// machine must not write 7,5) and rounded, so binary noise such as 0.30000000000000004 never
/// reaches a golden file.
/// </summary>
internal static class Numbers
{
    /// <summary>Points as stored in machine-readable reports: 4 decimals, never negative zero.</summary>
    public static double Points(double value) => NoNegativeZero(Math.Round(value, 4, MidpointRounding.AwayFromZero));

    /// <summary>Points for people: at most 2 decimals, no trailing zeros (7.5, 10).</summary>
    public static string Human(double value) =>
        NoNegativeZero(Math.Round(value, 2, MidpointRounding.AwayFromZero)).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Exactly 2 decimals, for gradebook columns that line up in a spreadsheet.</summary>
    public static string TwoDecimals(double value) =>
        NoNegativeZero(Math.Round(value, 2, MidpointRounding.AwayFromZero)).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A duration in whole milliseconds.</summary>
    public static long Milliseconds(TimeSpan duration) => (long)Math.Round(duration.TotalMilliseconds, MidpointRounding.AwayFromZero);

    /// <summary>A duration in seconds with 3 decimals, as JUnit's time attribute expects.</summary>
    public static string Seconds(TimeSpan duration) =>
        (Milliseconds(duration) / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>An integer, invariant.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Math.Round(-0.00001, 4) is -0, which prints as "-0": a score of minus nothing confuses people.
    private static double NoNegativeZero(double value) => value == 0 ? 0 : value;
}
