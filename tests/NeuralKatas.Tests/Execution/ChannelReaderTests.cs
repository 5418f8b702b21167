using System.Text;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Tests.Execution;

/// <summary>
/// The supervisor's side of the result channel: every signed report the worker appends is read
/// exactly once, however the appends and the reads interleave, and nothing unsigned gets through.
/// </summary>
[TestFixture]
public sealed class ChannelReaderTests
{
    [Test]
    public void A_report_written_in_pieces_is_read_once_it_is_whole()
    {
        var key = ResultChannel.NewKey();
        var path = Path.GetTempFileName();
        var line = ResultChannel.Sign(new WorkerReport("end", 0, [], false), key) + "\n";
        var reader = new ChannelReader(path, key);

        File.AppendAllText(path, line[..10]);
        var early = reader.ReadNew();
        File.AppendAllText(path, line[10..]);
        var late = reader.ReadNew();

        Assert.That(early, Is.Empty);
        Assert.That(late.Select(report => (report.Kind, report.Job)), Is.EqualTo(new[] { ("end", 0) }));
        File.Delete(path);
    }

    [Test]
    public void Every_report_appended_while_the_supervisor_reads_arrives_once_and_in_order()
    {
        // The worker appends while the supervisor polls: a reader that took the file's length as
        // its new position after reading lost whatever was appended in between (seen in a full
        // test run as a finished plot reported as a worker that died with exit code 0).
        const int Reports = 3000;
        var key = ResultChannel.NewKey();
        var path = Path.GetTempFileName();
        var reader = new ChannelReader(path, key);
        var received = new List<WorkerReport>();

        var writer = Task.Run(() =>
        {
            using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            for (var job = 0; job < Reports; job++)
            {
                var line = Encoding.ASCII.GetBytes(ResultChannel.Sign(new WorkerReport("begin", job, null, false), key) + "\n");
                file.Write(line, 0, line.Length / 2);
                file.Flush();
                file.Write(line, line.Length / 2, line.Length - (line.Length / 2));
                file.Flush();
                if (job % 7 == 0)
                {
                    file.Write("forged line from learner code\n"u8);
                    file.Flush();
                }
            }
        });
        while (!writer.IsCompleted)
        {
            received.AddRange(reader.ReadNew());
        }

        writer.Wait();
        received.AddRange(reader.ReadNew());

        Assert.That(received.Select(report => report.Job), Is.EqualTo(Enumerable.Range(0, Reports)));
        File.Delete(path);
    }
}
