using System.Text;

namespace NeuralKatas.Grader.Reporting.Internal;

/// <summary>
/// Makes text from learner code safe to print. A crashed or flooding kata's error can carry the
/// learner's own output, and with it escape sequences that would recolour a terminal or control
/// characters that XML 1.0 cannot hold at all (XmlWriter throws on them).
/// </summary>
internal static class Printable
{
    private const char Replacement = '\uFFFD';

    /// <summary>The text with line endings as \n and every other control character or lone surrogate replaced by U+FFFD.</summary>
    public static string Clean(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(normalised.Length);
        for (var i = 0; i < normalised.Length; i++)
        {
            var c = normalised[i];
            if (char.IsHighSurrogate(c) && i + 1 < normalised.Length && char.IsLowSurrogate(normalised[i + 1]))
            {
                builder.Append(c).Append(normalised[++i]);
            }
            else if (c is '\n' or '\t' || !(char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(Replacement);
            }
        }

        return builder.ToString();
    }

    /// <summary>The first line of the text, cleaned: for one-line places such as an XML attribute or a table cell.</summary>
    public static string FirstLine(string text)
    {
        var clean = Clean(text);
        var end = clean.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? clean : clean[..end];
    }
}
