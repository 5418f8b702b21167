using System.Text;
using System.Text.RegularExpressions;

namespace NeuralKatas.Grader.Classroom;

/// <summary>
/// Rewrites a Visual Studio .sln so it lists only the projects a folder really has: the student
/// template has no solutions/ or tests/, and `dotnet build` fails on a solution naming a missing
/// project. Solution folders stay when something inside them stays.
/// </summary>
public static partial class SolutionFileFilter
{
    private const string SolutionFolderType = "2150E333-8FDC-42A3-9474-1A3956D46DE8";

    /// <summary>The solution text with every project whose file is not under <paramref name="root"/> removed, and every line that names one.</summary>
    public static string Keep(string solution, string root)
    {
        var lines = solution.ReplaceLineEndings("\n").Split('\n');
        var projects = lines.Select(line => ProjectLine().Match(line)).Where(m => m.Success).ToList();
        var parents = lines.Select(line => NestingLine().Match(line)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["child"].Value, m => m.Groups["parent"].Value, StringComparer.OrdinalIgnoreCase);

        var kept = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var project in projects.Where(p => p.Groups["type"].Value != SolutionFolderType))
        {
            var path = Path.Combine(root, project.Groups["path"].Value.Replace('\\', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                continue;
            }

            // Keep the project and every solution folder above it.
            var guid = project.Groups["guid"].Value;
            while (kept.Add(guid) && parents.TryGetValue(guid, out var parent))
            {
                guid = parent;
            }
        }

        var dropped = projects.Select(p => p.Groups["guid"].Value).Where(guid => !kept.Contains(guid)).ToList();
        var output = new StringBuilder();
        var skipping = false;
        foreach (var line in lines)
        {
            var project = ProjectLine().Match(line);
            if (project.Success)
            {
                skipping = !kept.Contains(project.Groups["guid"].Value);
            }

            var skip = skipping || dropped.Any(guid => line.Contains(guid, StringComparison.OrdinalIgnoreCase));
            if (line.Trim() == "EndProject")
            {
                skipping = false;
            }

            if (!skip)
            {
                output.Append(line).Append('\n');
            }
        }

        return output.ToString(0, output.Length - 1);
    }

    [GeneratedRegex("""^Project\("\{(?<type>[0-9A-Fa-f-]+)\}"\) = "[^"]*", "(?<path>[^"]*)", "\{(?<guid>[0-9A-Fa-f-]+)\}"\s*$""")]
    private static partial Regex ProjectLine();

    [GeneratedRegex("""^\s*\{(?<child>[0-9A-Fa-f-]+)\} = \{(?<parent>[0-9A-Fa-f-]+)\}\s*$""")]
    private static partial Regex NestingLine();
}
