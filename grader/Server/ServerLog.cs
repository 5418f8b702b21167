using System.Globalization;
using NeuralKatas.Grader.Pipeline;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// What a grade server says about itself, one timestamped line each, on standard error (its log
/// file, when started by <see cref="GradeServerLauncher"/>), and the count of requests it answered
/// in <see cref="GradeServerAddress.RequestsFile"/>. Never a submission's name or contents: the
/// server may grade other people's work, and keeps nothing of it.
/// </summary>
public sealed class ServerLog(GradeServerAddress address)
{
    // The log grows by a line a request and is appended to by every server of this folder: emptied when it passes this.
    private const long MaxLogBytes = 1 << 20;

    private readonly Lock gate = new();
    private int answered;

    /// <summary>Empties the log when it has grown past its limit (its writer appends, so it goes on at the new end).</summary>
    public void Trim()
    {
        try
        {
            if (new FileInfo(address.LogFile) is { Exists: true, Length: > MaxLogBytes })
            {
                using var _ = new FileStream(address.LogFile, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Writes one line.</summary>
    public void Write(string line)
    {
        lock (gate)
        {
            Console.Error.WriteLine($"{DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)} [{Environment.ProcessId}] {line}");
            Console.Error.Flush();
        }
    }

    /// <summary>"0.452": seconds as the log writes them.</summary>
    public static string Seconds(TimeSpan took) => took.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>Counts one graded request and says how it went, and where its time went.</summary>
    public void Answered(string how, TimeSpan took, StageTimes times)
    {
        var count = Interlocked.Increment(ref answered);
        Write($"request {count}: {how} in {Seconds(took)} s ({times})");
        try
        {
            // Written whole and renamed, so a reader never sees half a number.
            var temporary = $"{address.RequestsFile}.{Environment.ProcessId}.tmp";
            File.WriteAllText(temporary, count.ToString(CultureInfo.InvariantCulture) + "\n");
            File.Move(temporary, address.RequestsFile, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
        }
    }
}
