using System.Text.RegularExpressions;

namespace NeuralKatas.Grader.Scoring;

/// <summary>
/// Reads the catalogued mistake a kata test names: its failure message ends with the line
/// <c>Mistake: &lt;id&gt;</c> (katas/TestSupport/Lesson.cs writes it). Only the last line counts, so
/// a learner's own output earlier in the message cannot name one.
/// </summary>
public static partial class MistakeLine
{
    /// <summary>The id on the message's last line, or null when it names none.</summary>
    public static string? Read(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = message.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        var match = Pattern().Match(lines[^1]);
        return match.Success ? match.Groups["id"].Value : null;
    }

    [GeneratedRegex(@"^Mistake: (?<id>[a-z0-9]+(?:-[a-z0-9]+)*)$")]
    private static partial Regex Pattern();
}
