namespace NeuralKatas.Grader.Execution;

/// <summary>Reads the signed reports a worker appends to its channel file, skipping anything that does not verify.</summary>
public sealed class ChannelReader(string path, byte[] key)
{
    private long position;
    private byte[] partial = [];

    /// <summary>The reports appended since the last call.</summary>
    public IReadOnlyList<WorkerReport> ReadNew()
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(position, SeekOrigin.Begin);

        // The position moves by what was read, never to the file's length: the worker may append
        // between the read and a look at the length, and a report skipped that way (the last
        // "end", say) made a finished kata look like a worker that died with exit code 0.
        using var appended = new MemoryStream();
        stream.CopyTo(appended);
        if (appended.Length == 0)
        {
            return [];
        }

        position += appended.Length;
        byte[] text = [.. partial, .. appended.ToArray()];
        var end = Array.LastIndexOf(text, (byte)'\n');
        partial = text[(end + 1)..];
        return ResultChannel.Encoding.GetString(text, 0, end + 1)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => ResultChannel.Verify(line.TrimEnd('\r'), key))
            .OfType<WorkerReport>()
            .ToList();
    }
}
