using System.Globalization;
using System.Net;

namespace NeuralKatas.Grader.ClassReport;

/// <summary>Text made safe for HTML. Every student-provided string (names, code, file names) goes through here: names are hostile input.</summary>
internal static class Html
{
    /// <summary>Escapes &amp;, &lt;, &gt;, quotes and apostrophes, so the text is safe in content and in quoted attributes.</summary>
    public static string Text(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A number in invariant culture, for data attributes and labels.</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a whole percentage.</summary>
    public static string Percent(double fraction) => Math.Round(fraction * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";
}
