using System.Text;
using System.Text.RegularExpressions;

namespace NeuralKatas.Grader.Authoring;

/// <summary>
/// Turns a reference solution into the learner's stub, the way nbgrader does: the code between
/// <c>// BEGIN SOLUTION: what to do</c> and <c>// END SOLUTION</c> becomes <c>// TODO: what to do</c>
/// and a statement that throws with the same words, naming the member and the file. Everything
/// outside the markers is copied as it is, so the solutions are the one source of truth.
/// </summary>
public static partial class StubGenerator
{
    /// <summary>The words every generated stub throws with; a file that still contains them has a TODO left.</summary>
    public const string TodoMarker = "is still a TODO in";

    /// <summary>Generates the stub for one solution file.</summary>
    /// <param name="solution">The solution's text.</param>
    /// <param name="learnerPath">The stub's path as the learner sees it (for example katas/01-sigmoid/Activation.cs), quoted in its messages.</param>
    public static string Generate(string solution, string learnerPath)
    {
        var language = StubLanguage.ForFile(learnerPath);
        var lines = solution.ReplaceLineEndings("\n").Split('\n');
        var stub = new StringBuilder();
        string? typeName = null;
        string? memberName = null;
        var blocks = 0;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            typeName = Capture(language.TypeDeclaration, line) ?? typeName;
            memberName = Capture(language.MemberDeclaration, line) ?? memberName;

            var begin = BeginMarker().Match(line);
            if (!begin.Success)
            {
                if (EndMarker().IsMatch(line))
                {
                    throw new FormatException($"{learnerPath}:{i + 1}: END SOLUTION without a BEGIN SOLUTION above it.");
                }

                stub.Append(line).Append(i < lines.Length - 1 ? "\n" : string.Empty);
                continue;
            }

            if (memberName is null || typeName is null)
            {
                throw new FormatException($"{learnerPath}:{i + 1}: a solution block must sit inside a member of a type.");
            }

            var indent = begin.Groups["indent"].Value;
            var task = begin.Groups["task"].Value.Trim();
            stub.Append(indent).Append("// TODO: ").Append(task).Append('\n');
            stub.Append(indent).Append(language.ThrowStatement($"{typeName}.{memberName} {TodoMarker} {learnerPath}: {task}")).Append('\n');
            i = EndOfBlock(lines, i, learnerPath);
            blocks++;
        }

        if (blocks == 0)
        {
            throw new FormatException($"{learnerPath}: the solution has no BEGIN SOLUTION block, so the learner would have nothing to write.");
        }

        return stub.ToString();
    }

    private static int EndOfBlock(string[] lines, int begin, string learnerPath)
    {
        for (var i = begin + 1; i < lines.Length; i++)
        {
            if (BeginMarker().IsMatch(lines[i]))
            {
                throw new FormatException($"{learnerPath}:{i + 1}: BEGIN SOLUTION inside the block opened at line {begin + 1}; blocks do not nest.");
            }

            if (EndMarker().IsMatch(lines[i]))
            {
                return i;
            }
        }

        throw new FormatException($"{learnerPath}:{begin + 1}: BEGIN SOLUTION is never closed by an END SOLUTION.");
    }

    private static string? Capture(Regex pattern, string line)
    {
        var match = pattern.Match(line);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"^(?<indent>\s*)//\s*BEGIN SOLUTION:(?<task>.*)$")]
    private static partial Regex BeginMarker();

    [GeneratedRegex(@"^\s*//\s*END SOLUTION\s*$")]
    private static partial Regex EndMarker();
}
