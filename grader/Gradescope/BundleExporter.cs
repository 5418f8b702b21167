using System.IO.Compression;
using NeuralKatas.Grader.Authoring;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Gradescope;

/// <summary>
/// Writes a Gradescope autograder bundle: a zip with setup.sh and run_autograder at its root (as
/// Gradescope's specification requires) beside the course the grader grades with: the manifest,
/// katas/ with its tests and snapshot (stubs made afresh from solutions/, so a maintainer's solved
/// copy never leaks), the reference solutions (for grading each kata in isolation; the bundle is
/// the instructor's, never shown to students), the grader, the root build files, and the
/// instructor's hidden tests under hidden-tests/N/.
/// </summary>
public static class BundleExporter
{
    /// <summary>Root files the grader's build needs.</summary>
    public static readonly IReadOnlyList<string> RootFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];

    /// <summary>Folders copied whole, build output left out.</summary>
    public static readonly IReadOnlyList<string> Folders = ["katas", "solutions", "grader"];

    private const UnixFileMode Executable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "TestResults", ".vs", ".idea", ".backup", "pictures" };

    /// <summary>Writes the bundle of <paramref name="course"/> to <paramref name="zipPath"/>; returns the entries written.</summary>
    public static IReadOnlyList<string> Export(CourseLayout course, string zipPath, IReadOnlyList<string> hiddenTests, string hiddenVisibility)
    {
        var entries = new SortedDictionary<string, Func<Stream>>(StringComparer.Ordinal);
        foreach (var file in RootFiles.Where(file => File.Exists(Path.Combine(course.Root, file))))
        {
            entries[file] = Opener(Path.Combine(course.Root, file));
        }

        foreach (var folder in Folders)
        {
            Add(entries, Path.Combine(course.Root, folder), folder);
        }

        foreach (var stub in KataStubs.Generate(course))
        {
            entries[Path.GetRelativePath(course.Root, stub.StubPath).Replace('\\', '/')] = Text(stub.Text);
        }

        var hiddenFolders = new List<string>();
        foreach (var (folder, index) in hiddenTests.Select((folder, index) => (folder, index)))
        {
            hiddenFolders.Add($"hidden-tests/{index}");
            Add(entries, folder, hiddenFolders[^1]);
        }

        var full = Path.GetFullPath(zipPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var zip = ZipFile.Open(full, ZipArchiveMode.Create))
        {
            AddScript(zip, "setup.sh", BundleScripts.Setup);
            AddScript(zip, "run_autograder", BundleScripts.RunAutograder(hiddenFolders, hiddenVisibility));
            foreach (var (name, open) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var source = open();
                using var target = entry.Open();
                source.CopyTo(target);
            }
        }

        return ["setup.sh", "run_autograder", .. entries.Keys];
    }

    private static void AddScript(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);

        // Unix permissions live in the high 16 bits of the external attributes; run_autograder must be executable.
        entry.ExternalAttributes = (int)Executable << 16;
        using var writer = new StreamWriter(entry.Open());
        writer.Write(text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
    }

    private static void Add(SortedDictionary<string, Func<Stream>> entries, string folder, string prefix)
    {
        foreach (var path in Files(folder))
        {
            entries[$"{prefix}/{Path.GetRelativePath(folder, path).Replace('\\', '/')}"] = Opener(path);
        }
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(path => !new FileInfo(path).Attributes.HasFlag(FileAttributes.ReparsePoint))
            .Concat(Directory.EnumerateDirectories(folder)
                .Where(sub => !SkippedFolders.Contains(Path.GetFileName(sub)))
                .SelectMany(Files));

    private static Func<Stream> Opener(string path) => () => File.OpenRead(path);

    private static Func<Stream> Text(string text) => () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
}
