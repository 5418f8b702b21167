namespace NeuralKatas.Grader.Loading;

/// <summary>
/// A submission ready to grade: whose it is and where its kata folders are. Dispose it when done:
/// a zip submission is unpacked into a temporary folder that disposing deletes.
/// </summary>
/// <param name="Name">The submitted folder's name, or the zip's file name without its extension.</param>
/// <param name="KatasRoot">The folder whose children are the kata folders (01-sigmoid/ and so on).</param>
/// <param name="TemporaryDirectory">Where a zip was unpacked, deleted on dispose; null for a folder.</param>
public sealed record Submission(string Name, string KatasRoot, string? TemporaryDirectory) : IDisposable
{
    /// <summary>Deletes the unpacked copy of a zip submission; a submitted folder is never touched.</summary>
    public void Dispose()
    {
        if (TemporaryDirectory is not null && Directory.Exists(TemporaryDirectory))
        {
            Directory.Delete(TemporaryDirectory, recursive: true);
        }
    }
}
