using NeuralKatas.Grader.Authoring;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Classroom;

/// <summary>
/// Writes the student template for a GitHub Classroom assignment: a repository a student can clone
/// and push as it is. It holds the kata stubs (made afresh from solutions/, so a maintainer's solved
/// working copy never leaks), the given library, the kata tests and their reference snapshot, the
/// grader, the Classroom workflow, the root build files, a solution file listing only what is there,
/// a .gitignore, a student README, and last the digest of every protected file
/// (<see cref="ProtectedFiles.RecordPath"/>), which every graded run checks. It holds no solutions/, no
/// tests/ (the project's own tests, mutation suite and scenarios), no CI of this repository, no docs.
/// </summary>
public static class TemplateExporter
{
    /// <summary>Root files copied as they are.</summary>
    public static readonly IReadOnlyList<string> RootFiles =
        ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", ".gitignore"];

    /// <summary>Folders copied whole, build output left out.</summary>
    public static readonly IReadOnlyList<string> Folders = ["katas", "grader"];

    /// <summary>The files of .github/ a student repository needs; the repository's own CI (ci.yml) stays behind.</summary>
    public static readonly IReadOnlyList<string> GitHubFiles = [".github/workflows/classroom.yml"];

    /// <summary>The solution file, rewritten to list only the exported projects.</summary>
    public const string SolutionFile = "NeuralKatas.sln";

    /// <summary>What marks solution code in solutions/; none of it may reach katas/ in the template.</summary>
    public const string SolutionMarker = "BEGIN SOLUTION";

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "TestResults", ".vs", ".idea" };

    /// <summary>
    /// Writes the template of <paramref name="course"/> into <paramref name="output"/>, which must be
    /// empty or not exist yet. Returns the files written, relative to it, with '/' separators.
    /// </summary>
    /// <exception cref="TemplateExportException">The output folder is not usable, or a check on the result failed.</exception>
    public static IReadOnlyList<string> Export(CourseLayout course, string output)
    {
        var target = Path.GetFullPath(output);
        Refuse(course, target);
        var written = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var file in RootFiles.Concat(GitHubFiles).Where(file => File.Exists(Path.Combine(course.Root, file))))
        {
            Copy(course.Root, target, file, written);
        }

        foreach (var folder in Folders)
        {
            foreach (var file in Files(course.Root, Path.Combine(course.Root, folder)))
            {
                Copy(course.Root, target, file, written);
            }
        }

        // The stubs, made from the solutions as `dev generate` makes them, whatever katas/ holds now.
        if (Directory.Exists(course.SolutionsDirectory))
        {
            foreach (var stub in KataStubs.Generate(course))
            {
                Write(target, Relative(course.Root, stub.StubPath), stub.Text, written);
            }
        }

        Write(target, SolutionFile, SolutionFileFilter.Keep(File.ReadAllText(Path.Combine(course.Root, SolutionFile)), target), written);
        Write(target, "README.md", StudentReadme.Text(course.Manifest), written);
        Check(target);
        Write(target, ProtectedFiles.RecordPath, ProtectedFiles.Record(target, course.Manifest), written);
        return [.. written];
    }

    private static void Refuse(CourseLayout course, string target)
    {
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            throw new TemplateExportException($"{target} is not empty: export the template into a new or empty folder.");
        }

        var inside = Folders.Append(".github").Select(folder => Path.Combine(course.Root, folder) + Path.DirectorySeparatorChar)
            .FirstOrDefault(folder => (target + Path.DirectorySeparatorChar).StartsWith(folder, StringComparison.Ordinal));
        if (inside is not null || course.Root + Path.DirectorySeparatorChar == target + Path.DirectorySeparatorChar)
        {
            throw new TemplateExportException($"{target} is inside what the template copies ({inside ?? course.Root}): choose a folder outside it.");
        }
    }

    private static IEnumerable<string> Files(string root, string folder) =>
        AllFiles(folder).Select(path => Relative(root, path)).Order(StringComparer.Ordinal);

    private static IEnumerable<string> AllFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Concat(Directory.EnumerateDirectories(folder)
                .Where(sub => !SkippedFolders.Contains(Path.GetFileName(sub)))
                .SelectMany(AllFiles));

    // The template must never hand out an answer: a solution marker in katas/ means a solution got in.
    private static void Check(string target)
    {
        var leaks = Directory.EnumerateFiles(Path.Combine(target, "katas"), "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".fs", StringComparison.Ordinal))
            .Where(path => File.ReadAllText(path).Contains(SolutionMarker, StringComparison.Ordinal))
            .ToList();
        if (leaks.Count > 0)
        {
            throw new TemplateExportException($"Solution code would reach the template: {string.Join(", ", leaks.Select(path => Relative(target, path)))}.");
        }
    }

    private static void Copy(string root, string target, string relative, ISet<string> written)
    {
        var destination = Path.Combine(target, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(Path.Combine(root, relative), destination, overwrite: true);
        written.Add(relative.Replace('\\', '/'));
    }

    private static void Write(string target, string relative, string text, ISet<string> written)
    {
        var destination = Path.Combine(target, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.WriteAllText(destination, text);
        written.Add(relative.Replace('\\', '/'));
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
