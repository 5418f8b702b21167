using System.Security.Cryptography;
using System.Text;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Classroom;

/// <summary>
/// The files a student must not change: the kata tests and their snapshot, the manifest, the test
/// support and given library, the kata projects, the grader, the Classroom workflow and the root
/// build files; everything under katas/ but the learner's own files (C# and F#) and the READMEs.
/// Their digests are evidence, not enforcement: a student who can edit a file can edit its digest
/// too, which is why the instructor's <c>batch</c>, from the course's own copy, is the grade of record.
/// </summary>
public static class ProtectedFiles
{
    /// <summary>Where the template records the digest of every protected file, one "SHA-256  path" line each.</summary>
    public const string RecordPath = ".github/classroom/protected-files.sha256";

    /// <summary>Root files that are protected.</summary>
    public static readonly IReadOnlyList<string> RootFiles =
        ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", ".github/workflows/classroom.yml"];

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "TestResults", ".vs", ".idea", ".backup", "pictures",
    };

    /// <summary>The protected files that exist under <paramref name="root"/>, relative, '/'-separated, sorted.</summary>
    public static IReadOnlyList<string> In(string root, Manifest manifest) =>
        [.. RootFiles.Where(file => File.Exists(Path.Combine(root, file)))
            .Concat(Under(root, "grader"))
            .Concat(Under(root, "katas").Where(file => IsProtected(file, manifest)))
            .Order(StringComparer.Ordinal)];

    /// <summary>True for a path (relative to the repository, '/'-separated) a student must not change.</summary>
    public static bool IsProtected(string file, Manifest manifest) =>
        RootFiles.Contains(file)
        || file.StartsWith("grader/", StringComparison.Ordinal)
        || (file.StartsWith("katas/", StringComparison.Ordinal)
            && !file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && !manifest.Katas.Any(kata => kata.LearnerFiles.Concat(kata.FSharpFiles).Any(learner => file == $"katas/{kata.Id}/{learner}")));

    /// <summary>The record of every protected file of <paramref name="root"/>: what <c>classroom export</c> writes to <see cref="RecordPath"/>.</summary>
    public static string Record(string root, Manifest manifest) =>
        string.Concat(In(root, manifest).Select(file => $"{Digest(Path.Combine(root, file))}  {file}\n"));

    /// <summary>
    /// The protected files of the template at <paramref name="root"/> that differ from its record, were
    /// deleted or were added since it was exported; empty when there is no record (not a template).
    /// </summary>
    public static IReadOnlyList<string> ChangedSinceExport(string root, Manifest manifest)
    {
        var record = Path.Combine(root, RecordPath);
        if (!File.Exists(record))
        {
            return [];
        }

        var recorded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(record).Where(line => line.Length > 66))
        {
            recorded[line[66..]] = line[..64];
        }

        return Compare(recorded, In(root, manifest), file => Path.Combine(root, file), deletions: true);
    }

    /// <summary>
    /// The protected files of the course at <paramref name="courseRoot"/> that a submission changed:
    /// <paramref name="katasRoot"/> is its katas/ folder; the files outside katas/ are compared only
    /// when it sits in a clone (beside grader/ or .github/), since a bare katas/ folder has none of them.
    /// A file the submission left out is no change: handing in only one's own files is fine.
    /// </summary>
    public static IReadOnlyList<string> ChangedIn(string courseRoot, Manifest manifest, string katasRoot)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(katasRoot));
        var clone = parent is not null && Path.GetFileName(Path.TrimEndingDirectorySeparator(katasRoot)) == "katas"
            && (Directory.Exists(Path.Combine(parent, "grader")) || Directory.Exists(Path.Combine(parent, ".github")))
            ? parent
            : null;
        string? Locate(string file) => file.StartsWith("katas/", StringComparison.Ordinal)
            ? Path.Combine(katasRoot, file["katas/".Length..])
            : clone is null ? null : Path.Combine(clone, file);

        var course = In(courseRoot, manifest).Where(file => Locate(file) is not null)
            .ToDictionary(file => file, file => Digest(Path.Combine(courseRoot, file)), StringComparer.Ordinal);
        var submitted = clone is null
            ? [.. Under(katasRoot, string.Empty).Select(file => "katas/" + file).Where(file => IsProtected(file, manifest))]
            : In(clone, manifest);
        return Compare(course, submitted, file => Locate(file)!, deletions: false);
    }

    /// <summary>SHA-256 of the file in lower-case hex, line endings read as \n (a checkout on Windows is no change).</summary>
    public static string Digest(string path)
    {
        // Latin-1 maps every byte to one character and back, so only CR LF pairs change.
        var bytes = File.ReadAllBytes(path);
        var normalised = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(normalised));
    }

    private static List<string> Compare(IReadOnlyDictionary<string, string> expected, IReadOnlyList<string> present, Func<string, string> pathOf, bool deletions)
    {
        var presentSet = present.ToHashSet(StringComparer.Ordinal);
        var changed = expected
            .Where(pair => presentSet.Contains(pair.Key) ? Digest(pathOf(pair.Key)) != pair.Value : deletions)
            .Select(pair => presentSet.Contains(pair.Key) ? pair.Key : $"{pair.Key} (deleted)");
        var added = present.Where(file => !expected.ContainsKey(file)).Select(file => $"{file} (added)");
        return [.. changed.Concat(added).Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Under(string root, string folder)
    {
        var start = Path.Combine(root, folder);
        return Directory.Exists(start)
            ? Files(start).Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            : [];
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder)
            .Concat(Directory.EnumerateDirectories(folder)
                .Where(sub => !SkippedFolders.Contains(Path.GetFileName(sub)))
                .SelectMany(Files));
}
