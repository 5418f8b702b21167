namespace NeuralKatas.Grader.Execution;

/// <summary>Reads the signed reports a worker appends to its channel file, skipping anything that does not verify.</summary>
public sealed class ChannelReader(string path, byte[] key)
{
    private long position;
    private string partial = string.Empty;

    /// <summary>The reports appended since the last call.</summary>
    public IReadOnlyList<WorkerReport> ReadNew()
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length <= position)
        {
            return [];
        }

        stream.Seek(position, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, ResultChannel.Encoding);
        var text = partial + reader.ReadToEnd();
        position = stream.Length;
        var lines = text.Split('\n');
        partial = lines[^1];
        return lines[..^1]
            .Select(line => ResultChannel.Verify(line.TrimEnd('\r'), key))
            .OfType<WorkerReport>()
            .ToList();
    }
}
