using System.Text;

namespace NeuralKatas.Grader.Reporting.Internal;

/// <summary>
/// Puts arbitrary text into Markdown without it turning into markup: a test name with underscores,
/// a compiler message about List&lt;T&gt;, a teaching message that itself contains backticks.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_[]<>|~#";

    /// <summary>The text on one line, with every character Markdown would act on backslash-escaped.</summary>
    public static string Inline(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in Printable.Clean(text).Replace('\n', ' '))
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The text as inline code, its delimiters longer than any run of backticks inside it.</summary>
    public static string Code(string text)
    {
        var clean = Printable.Clean(text).Replace('\n', ' ');
        var ticks = new string('`', LongestBacktickRun(clean) + 1);
        var pad = clean.StartsWith('`') || clean.EndsWith('`') ? " " : string.Empty;
        return $"{ticks}{pad}{clean}{pad}{ticks}";
    }

    /// <summary>The text as a fenced code block, the fence longer than any run of backticks inside it.</summary>
    public static string Block(string text)
    {
        var clean = Printable.Clean(text).TrimEnd('\n');
        var fence = new string('`', Math.Max(3, LongestBacktickRun(clean) + 1));
        return $"{fence}text\n{clean}\n{fence}";
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, current = 0;
        foreach (var c in text)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}
