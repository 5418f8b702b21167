using System.Text.RegularExpressions;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// Finds where a failure arose in the learner's own code: the "Where:" line the kata tests write
/// when they turn the learner's exception into a lesson (with a column), or else the deepest
/// stack frame in a learner file (the kata images carry their PDB, so frames have file and line).
/// Learner files are the kata files that are neither tests nor the course library.
/// </summary>
public static partial class LearnerFrame
{
    /// <summary>file:line[:column] in the learner's file, or null.</summary>
    public static string? Find(string? message, string? stackTrace)
    {
        var where = WhereLine().Match(message ?? string.Empty);
        if (where.Success)
        {
            return where.Groups["place"].Value.Trim();
        }

        foreach (Match frame in Frame().Matches(stackTrace ?? string.Empty))
        {
            var file = frame.Groups["file"].Value.Replace('\\', '/');
            if (IsLearnerFile(file))
            {
                return $"{Relative(file)}:{frame.Groups["line"].Value}";
            }
        }

        return null;
    }

    /// <summary>True for a kata's own source file: not a test, the given library or the test support (only course images carry file names).</summary>
    public static bool IsLearnerFile(string file) =>
        !file.Contains("/Tests/", StringComparison.Ordinal)
        && !file.Contains("Given/", StringComparison.Ordinal)
        && !file.Contains("TestSupport/", StringComparison.Ordinal);

    private static string Relative(string file)
    {
        var start = file.LastIndexOf("katas/", StringComparison.Ordinal);
        return start < 0 ? file : file[start..];
    }

    [GeneratedRegex(@"^Where: (?<place>.+)$", RegexOptions.Multiline)]
    private static partial Regex WhereLine();

    [GeneratedRegex(@" in (?<file>.+?):line (?<line>\d+)")]
    private static partial Regex Frame();
}
