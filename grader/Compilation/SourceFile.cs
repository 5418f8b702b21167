namespace NeuralKatas.Grader.Compilation;

/// <summary>A source file to compile: its text and the path diagnostics should name.</summary>
/// <param name="DisplayPath">The path as the person who wrote the file knows it, for example katas/01-sigmoid/Activation.cs.</param>
/// <param name="Text">The file's contents.</param>
public sealed record SourceFile(string DisplayPath, string Text)
{
    /// <summary>Reads a file from disk, naming it by <paramref name="displayPath"/>.</summary>
    public static SourceFile Read(string path, string displayPath) => new(displayPath, File.ReadAllText(path));
}
