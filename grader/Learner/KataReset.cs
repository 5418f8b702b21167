using System.Globalization;
using NeuralKatas.Grader.Authoring;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// Puts a kata's learner files back as shipped, the stubs the generator makes from solutions/,
/// after copying the learner's own files to katas/NN-name/.backup/&lt;time&gt;/. The copies end in
/// .bak so that `dotnet test katas/NN-name`, which compiles every .cs file below the kata's
/// folder, does not compile them too.
/// </summary>
public static class KataReset
{
    /// <summary>The folder the backups of a kata go in.</summary>
    public const string BackupFolder = ".backup";

    /// <summary>Backs up and restores <paramref name="kata"/>'s learner files; returns the backup folder, or null when nothing needed backing up.</summary>
    public static string? Reset(CourseLayout course, KataDefinition kata, DateTimeOffset now)
    {
        var folder = Path.GetFullPath(course.KataDirectory(kata)) + Path.DirectorySeparatorChar;
        var stubs = KataStubs.Generate(course)
            .Where(stub => Path.GetFullPath(stub.StubPath).StartsWith(folder, StringComparison.Ordinal))
            .ToList();
        var existing = stubs.Where(stub => File.Exists(stub.StubPath)).ToList();
        string? backup = null;
        if (existing.Count > 0)
        {
            backup = FreshFolder(Path.Combine(course.KataDirectory(kata), BackupFolder), now);
            foreach (var stub in existing)
            {
                var copy = Path.Combine(backup, Path.GetRelativePath(folder, stub.StubPath) + ".bak");
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(stub.StubPath, copy);
            }
        }

        foreach (var stub in stubs)
        {
            File.WriteAllText(stub.StubPath, stub.Text);
        }

        return backup;
    }

    // A second reset within the same second gets its own folder: a backup is never overwritten.
    private static string FreshFolder(string parent, DateTimeOffset now)
    {
        var name = now.ToLocalTime().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var folder = Path.Combine(parent, name);
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = Path.Combine(parent, $"{name}-{n}");
        }

        return Directory.CreateDirectory(folder).FullName;
    }
}
