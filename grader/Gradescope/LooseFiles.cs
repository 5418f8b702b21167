using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Gradescope;

/// <summary>
/// A Gradescope upload that is neither a clone nor a katas/ folder: just the learner's own files,
/// uploaded loose (Activation.cs, Initialization.cs, or their F# twins). They are laid out as a
/// katas/ folder by the manifest's file names, never by guessing from their contents.
/// </summary>
public static class LooseFiles
{
    /// <summary>
    /// Copies the learner files found directly in <paramref name="upload"/> (or one folder down) into
    /// <paramref name="katas"/>/&lt;kata id&gt;/; returns how many it found.
    /// </summary>
    public static int Arrange(string upload, Manifest manifest, string katas)
    {
        var found = 0;
        var candidates = Directory.EnumerateFiles(upload)
            .Concat(Directory.EnumerateDirectories(upload).SelectMany(Directory.EnumerateFiles))
            .Where(path => !new FileInfo(path).Attributes.HasFlag(FileAttributes.ReparsePoint))
            .GroupBy(Path.GetFileName, StringComparer.Ordinal)
            .ToDictionary(group => group.Key!, group => group.First(), StringComparer.Ordinal);
        foreach (var kata in manifest.Katas)
        {
            foreach (var file in kata.LearnerFiles.Concat(kata.FSharpFiles))
            {
                if (candidates.TryGetValue(Path.GetFileName(file), out var source))
                {
                    var destination = Path.Combine(katas, kata.Id, file);
                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    File.Copy(source, destination);
                    found++;
                }
            }
        }

        return found;
    }
}
