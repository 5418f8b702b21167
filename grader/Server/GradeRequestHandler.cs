using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Pipeline;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// Answers one connection to a grade server: checks who is asking, reads the request, grades it
/// with a <see cref="GradingPipeline"/> exactly as the client would have, and sends the report.
/// Learner code never runs here: the pipeline compiles it in sandboxed compile servers and runs it
/// in sandboxed workers, as in the client. A request of the learner's own work is handed to
/// <see cref="GradeAhead"/>, which grades it again at the learner's next save.
/// </summary>
public sealed class GradeRequestHandler(CourseLayout course, ServerLog log, GradeAhead? ahead = null)
{
    // Two grades of one folder at once would do the same work twice on the same cores (a save
    // graded ahead, and the command that follows it): the second waits, then finds the first's
    // grades in the learner's cache.
    private static readonly ConcurrentDictionary<string, Lock> Folders = new(StringComparer.Ordinal);

    /// <summary>
    /// Spare workers kept after each answer: two, so the next grade runs its katas on both side by
    /// side (on two cores the run is the longest stage of a changed grade). They warm up while the
    /// learner reads the answer; a fresh process keeps one, so a batch never starts more than it uses.
    /// </summary>
    internal const int SpareWorkers = 2;

    // A client sends its whole request at once and reads the answer at once; one that does not is let go.
    private static readonly TimeSpan RequestAllowance = TimeSpan.FromSeconds(30);

    /// <summary>Answers <paramref name="connection"/> and closes it.</summary>
    public void Handle(Socket connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using (connection)
        {
            // The folder already keeps other users away; this does not depend on it, and keeps sandboxes out.
            if (!PeerCredentials.Trusted(connection))
            {
                log.Write($"refused a connection from user {PeerCredentials.UserOf(connection)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} (another user, or a sandbox)");
                return;
            }

            try
            {
                connection.ReceiveTimeout = (int)RequestAllowance.TotalMilliseconds;
                connection.SendTimeout = (int)RequestAllowance.TotalMilliseconds;
                var request = GradeServerWire.Receive<GradeRequest>(connection, GradeServerWire.MaxRequestBytes);
                var clock = Stopwatch.StartNew();
                var times = new StageTimes();
                var response = request is null ? Refuse("", "not a grade request") : Answer(request, times);
                times.Measure("send", () => GradeServerWire.Send(connection, response));
                if (response.Report is { } report)
                {
                    log.Answered($"{report.Katas.Count} kata(s) graded", clock.Elapsed, times);
                    ahead?.Remember(request!);
                }
            }
            catch (Exception error) when (error is SocketException or IOException or ObjectDisposedException)
            {
                // The client gave up or died; it grades the submission itself.
                log.Write($"a connection ended early: {error.Message}");
            }
        }
    }

    /// <summary>Grades <paramref name="request"/>, or says why it cannot be graded here; each stage's time goes into <paramref name="times"/>.</summary>
    public GradeResponse Answer(GradeRequest request, StageTimes times)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(times);
        if (request.CourseRoot != course.Root)
        {
            return Refuse(request.Id, $"this server grades against {course.Root} only");
        }

        var (options, refusal) = request.Options();
        if (options is null)
        {
            return Refuse(request.Id, refusal ?? "no options");
        }

        try
        {
            // The course as a fresh process would read it now (the manifest, the given library), so
            // an edit to them is never graded against an old copy. The warm parts, the compile
            // servers and the spare workers, are kept process-wide for each library and set of
            // limits, so a new pipeline over the same course finds them warm: it costs a few reads.
            var pipeline = times.Measure("course", () => new GradingPipeline(CourseLayout.At(course.Root)));
            var clock = Stopwatch.StartNew();
            try
            {
                lock (Folders.GetOrAdd(request.KatasRoot, _ => new Lock()))
                {
                    times.Add("wait", clock.Elapsed);
                    return new(request.Id, pipeline.Grade(request.Submission, request.KatasRoot, options, times), null);
                }
            }
            finally
            {
                // Workers ready for the next request, which is likely alike. (Its compile servers
                // are warm and idle again by now; asking for one more would start a third.)
                WorkerPool.Prewarm(options.Limits, SpareWorkers);
            }
        }
#pragma warning disable CA1031 // Whatever went wrong, the client grades the submission itself and shows the failure as it always would.
        catch (Exception error)
#pragma warning restore CA1031
        {
            // Its message may name a submission: the log keeps the kind of failure only.
            log.Write($"grading failed: {error.GetType().Name}");
            return new(request.Id, null, $"{error.GetType().Name}: {error.Message}");
        }
    }

    private GradeResponse Refuse(string id, string why)
    {
        log.Write($"refused a request: {why}");
        return new(id, null, why);
    }
}
