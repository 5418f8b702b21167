using System.Text;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// Drains a worker's stdout and stderr as fast as it writes (a full pipe would block it), counts
/// the bytes for the output cap, and keeps the end of stderr, where the runtime explains a crash.
/// The text itself is never trusted: results travel on the signed channel.
/// </summary>
public sealed class OutputMonitor : IDisposable
{
    private readonly Thread standardOutput;
    private readonly Thread standardError;
    private readonly CrashWords crashWords = new(tailLength: 600);
    private long totalBytes;

    /// <summary>Starts draining both streams (see <see cref="PipeReader"/>).</summary>
    public OutputMonitor(Stream output, Stream error)
    {
        standardOutput = PipeReader.Start("worker output", () => Drain(output, keepTail: false));
        standardError = PipeReader.Start("worker errors", () => Drain(error, keepTail: true));
    }

    /// <summary>Bytes written so far to both streams.</summary>
    public long TotalBytes => Interlocked.Read(ref totalBytes);

    /// <summary>The first line of stderr and its last few hundred characters, on one line: the runtime names a crash first and the code that caused it last.</summary>
    public string ErrorTail()
    {
        standardError.Join(TimeSpan.FromMilliseconds(200));
        return crashWords.ToString();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        standardOutput.Join(TimeSpan.FromSeconds(2));
        standardError.Join(TimeSpan.FromSeconds(2));
    }

    private void Drain(Stream stream, bool keepTail)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            Interlocked.Add(ref totalBytes, read);
            if (keepTail)
            {
                crashWords.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }
        }
    }
}
