using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Snapshot;

/// <summary>
/// The snapshot stage: trained outputs are compared with the reference snapshots of the
/// grader's own course, never with any snapshot a submission brings along, so a learner cannot
/// make their own numbers the expected ones. The comparison itself (named values within a
/// stated tolerance) happens inside the kata's tests (katas/TestSupport/Snapshot.cs); this says
/// where they read from.
/// </summary>
public static class ReferenceSnapshots
{
    /// <summary>The folder a kata's tests read their reference snapshots from, or null when it has none.</summary>
    public static string? For(CourseLayout course, KataDefinition kata)
    {
        var folder = course.SnapshotDirectory(kata);
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>The snapshots in <paramref name="folder"/> (file name to content), or null for no folder.</summary>
    public static IReadOnlyDictionary<string, string>? Read(string? folder) =>
        folder is null
            ? null
            : Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
}
