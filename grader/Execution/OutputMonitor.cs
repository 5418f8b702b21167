using System.Text;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// Drains a worker's stdout and stderr as fast as it writes (a full pipe would block it), counts
/// the bytes for the output cap, and keeps the end of stderr, where the runtime explains a crash.
/// The text itself is never trusted: results travel on the signed channel.
/// </summary>
public sealed class OutputMonitor : IDisposable
{
    private const int TailLength = 600;
    private readonly Thread standardOutput;
    private readonly Thread standardError;
    private readonly StringBuilder errorTail = new();
    private long totalBytes;
    private string? firstErrorLine;

    /// <summary>Starts draining both streams.</summary>
    /// <remarks>
    /// On threads of their own, not the thread pool's: a pool starved by a busy batch would leave
    /// the pipe undrained, and a worker blocked on it would look like one that hangs.
    /// </remarks>
    public OutputMonitor(Stream output, Stream error)
    {
        standardOutput = StartDraining("worker output", output, keepTail: false);
        standardError = StartDraining("worker errors", error, keepTail: true);
    }

    /// <summary>Bytes written so far to both streams.</summary>
    public long TotalBytes => Interlocked.Read(ref totalBytes);

    /// <summary>The first line of stderr and its last few hundred characters, on one line: the runtime names a crash first and the code that caused it last.</summary>
    public string ErrorTail()
    {
        standardError.Join(TimeSpan.FromMilliseconds(200));
        lock (errorTail)
        {
            var tail = string.Join(' ', errorTail.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            return firstErrorLine is null || tail.StartsWith(firstErrorLine, StringComparison.Ordinal) ? tail : $"{firstErrorLine} … {tail}";
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        standardOutput.Join(TimeSpan.FromSeconds(2));
        standardError.Join(TimeSpan.FromSeconds(2));
    }

    private Thread StartDraining(string name, Stream stream, bool keepTail)
    {
        var thread = new Thread(() =>
        {
            try
            {
                Drain(stream, keepTail);
            }
            catch (Exception error) when (error is IOException or ObjectDisposedException)
            {
                // The worker was killed and its pipe closed under the read: nothing more to count.
            }
        }) { IsBackground = true, Name = name };
        thread.Start();
        return thread;
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
                lock (errorTail)
                {
                    var text = Encoding.UTF8.GetString(buffer, 0, read);
                    firstErrorLine ??= text.Split('\n')[0].Trim();
                    errorTail.Append(text);
                    if (errorTail.Length > TailLength)
                    {
                        errorTail.Remove(0, errorTail.Length - TailLength);
                    }
                }
            }
        }
    }
}
