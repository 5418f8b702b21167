using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Pipeline;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// Grades the learner's own katas again shortly after a file of theirs is saved, so the command
/// that follows the save finds its grade in the learner's cache, or in the making, instead of
/// starting it: the learner's commands answer in the time of a cached grade. Only the learner's own work is
/// graded ahead (a request that keeps its grades in a cache; nothing of anyone else's is kept), with
/// the options of the last such request, every kata. A grade made ahead counts as no request: the
/// server still exits after its idle time without one.
/// </summary>
public sealed class GradeAhead : IDisposable
{
    // Editors write a file in several steps (and some a backup beside it): grade once a save has
    // settled. A running `watch` grades each save in its own process within half a second or so:
    // with one watching, grade after it has filled the cache, so a save is never graded twice at
    // once on the same cores. A command given sooner grades the save itself, or waits for this grade.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(0.1);
    private static readonly TimeSpan SettleBehindWatch = TimeSpan.FromSeconds(1);

    private readonly Func<GradeRequest, StageTimes, GradeResponse> grade;
    private readonly ServerLog log;
    private readonly Lock gate = new();
    private readonly Timer timer;
    private FileSystemWatcher? watcher;
    private GradeRequest? last;

    /// <summary>Grades ahead with <paramref name="grade"/>, the server's own way of answering a request.</summary>
    public GradeAhead(Func<GradeRequest, StageTimes, GradeResponse> grade, ServerLog log)
    {
        this.grade = grade;
        this.log = log;
        timer = new Timer(_ => GradeNow());
    }

    /// <summary>Remembers <paramref name="request"/> when it is the learner's own work, and watches its folder.</summary>
    public void Remember(GradeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.CacheFolder is null || !Directory.Exists(request.KatasRoot))
        {
            return;
        }

        lock (gate)
        {
            last = request with { KataId = null };
            if (watcher?.Path == request.KatasRoot)
            {
                return;
            }

            watcher?.Dispose();
            watcher = null;
            try
            {
                watcher = new FileSystemWatcher(request.KatasRoot) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
                watcher.Changed += Saved;
                watcher.Created += Saved;
                watcher.Renamed += Saved;
                watcher.EnableRaisingEvents = true;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Out of inotify watches, say: the commands still grade, only not ahead.
                watcher?.Dispose();
                watcher = null;
                log.Write($"cannot watch the learner's katas: {error.GetType().Name}");
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (gate)
        {
            watcher?.Dispose();
            watcher = null;
        }

        timer.Dispose();
    }

    /// <summary>True for a file whose change can change a grade: code, outside the build's own folders.</summary>
    internal static bool IsSource(string relativePath)
    {
        var parts = relativePath.Split(Path.DirectorySeparatorChar);
        return (relativePath.EndsWith(".cs", StringComparison.Ordinal) || relativePath.EndsWith(".fs", StringComparison.Ordinal))
            && !parts.Any(part => part is "bin" or "obj" || part.StartsWith('.'));
    }

    /// <summary>How long after a save in <paramref name="katasRoot"/> it is graded ahead: longer while a `watch` checks the same folder.</summary>
    internal static TimeSpan SettleFor(WatchedFolders watched, string katasRoot) => watched.IsWatched(katasRoot) ? SettleBehindWatch : Settle;

    private void Saved(object sender, FileSystemEventArgs change)
    {
        if (IsSource(Path.GetRelativePath(((FileSystemWatcher)sender).Path, change.FullPath)))
        {
            timer.Change(SettleFor(WatchedFolders.ForUser(), ((FileSystemWatcher)sender).Path), Timeout.InfiniteTimeSpan);
        }
    }

    private void GradeNow()
    {
        GradeRequest? request;
        lock (gate)
        {
            request = last;
        }

        if (request is null)
        {
            return;
        }

        log.Write("grading a save ahead");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var times = new StageTimes();
        var response = grade(request with { Id = Guid.NewGuid().ToString("N") }, times);
        if (response.Report is { } report)
        {
            log.Write($"graded ahead: {report.Katas.Count} kata(s) in {ServerLog.Seconds(clock.Elapsed)} s ({times})");
        }
    }
}
