using System.Globalization;
using System.Text;

namespace NeuralKatas.Grader.Scoring;

/// <summary>
/// Makes text that learner code can shape (a test's failure message, an exception's, a crashed
/// worker's last words, a compiler's message quoting the learner's code) fit to report: terminal
/// escape sequences (ANSI/VT CSI, OSC such as hyperlinks or window titles, and the rest) and
/// control characters (and bidirectional overrides) are removed, line breaks kept as \n, and the text capped at
/// <see cref="MaxChars"/> with a mark saying how much was cut. Applied once, as grades are made,
/// so every report (console included) gets the same clean text.
/// </summary>
public static class UntrustedText
{
    /// <summary>The most characters of one message a report keeps: a teaching message is a few lines.</summary>
    public const int MaxChars = 4096;

    private const char Escape = '\u001b';
    private const char Bell = '\u0007';

    /// <summary>The text cleaned and capped.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = new StringBuilder(Math.Min(text.Length, MaxChars + 64));
        var i = 0;
        while (i < text.Length && clean.Length < MaxChars)
        {
            var c = text[i];
            if (c == Escape || c == '\u009b' || c == '\u009d')
            {
                i = AfterSequence(text, i);
                continue;
            }

            if (c == '\r')
            {
                clean.Append('\n');
                i += i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                continue;
            }

            if (c is '\n' or '\t' || !(char.IsControl(c) || IsBidiControl(c)))
            {
                clean.Append(c);
            }

            i++;
        }

        return i < text.Length
            ? clean.Append(string.Create(CultureInfo.InvariantCulture, $"… [cut: {text.Length - i} more characters]")).ToString()
            : clean.ToString();
    }

    // Right-to-left overrides and isolates reorder what a reader sees (the "Trojan Source" trick).
    private static bool IsBidiControl(char c) => c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069';

    // The index just after the escape sequence starting at `start`: ESC [ or CSI (parameters, then
    // a final byte @–~), ESC ] or OSC (ended by BEL or ESC \), or ESC and one more character.
    private static int AfterSequence(string text, int start)
    {
        var c = text[start];
        var i = start + 1;
        var kind = c == Escape && i < text.Length ? text[i++] : c == '\u009b' ? '[' : ']';
        switch (kind)
        {
            case '[':
                while (i < text.Length && text[i] is >= '0' and <= '?' or >= ' ' and <= '/')
                {
                    i++;
                }

                return Math.Min(i + 1, text.Length);
            case ']' or 'P' or '_' or '^' or 'X':
                while (i < text.Length && text[i] != Bell && !(text[i] == Escape && i + 1 < text.Length && text[i + 1] == '\\'))
                {
                    i++;
                }

                return Math.Min(i + (i < text.Length && text[i] == Escape ? 2 : 1), text.Length);
            default:
                return i;
        }
    }
}
