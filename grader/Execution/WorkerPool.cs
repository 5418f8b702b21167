using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// Keeps workers started ahead of need. Starting the runtime is most of a small kata's cost, so
/// the pipeline asks for a spare as grading begins and the worker warms up while the katas
/// compile; `watch` and `batch` find one ready for each next submission. The grade server keeps
/// two after each grade, and a grade that finds two waiting runs its katas on both, side by side
/// (<see cref="WorkerSupervisor"/>). A spare started after a grade is sent that grade's course
/// library ahead (<see cref="WorkerRequest.Preparation"/>) and compiles its code while it waits,
/// so the next grade's first kata does not. A spare waits on its standard input, so it runs no
/// code of anyone's until it is given a request; it exits by itself when the grader does (its input
/// closes), and the grader deletes the folders of the spares it never used as it exits (a
/// sandboxed spare cannot reach its own). A grader killed before it could leaves its folders
/// behind: the next grader's first worker sweeps them away.
/// </summary>
public static class WorkerPool
{
    /// <summary>How a worker's own temporary folder is named.</summary>
    public const string FolderPrefix = "neuralkatas-worker-";

    private static readonly Lock Gate = new();
    private static readonly List<StartedWorker> Spares = Watched();
    private static IReadOnlyList<AssemblyImage> library = [];
    private static int starting;
    private static int swept;

    /// <summary>Starts spare workers in the background until <paramref name="spares"/> with these limits are waiting or starting.</summary>
    /// <remarks>
    /// One unless asked for more: a spare started while a grade runs would take the CPU from it (on
    /// two cores a worker's start is a third of a grade), and the grade that finds none starts its
    /// own. The grade server asks for two once a grade is answered, while the learner reads it.
    /// </remarks>
    public static void Prewarm(WorkerLimits limits, int spares = 1)
    {
        int more;
        lock (Gate)
        {
            more = Math.Max(0, spares - (Spares.Count(spare => Fits(spare, limits, null)) + starting));
            starting += more;
        }

        for (var index = 0; index < more; index++)
        {
            StartSpare(limits);
        }
    }

    /// <summary>The course library that spares started from now on are sent ahead: the one the jobs run last share.</summary>
    public static void LoadAhead(IReadOnlyList<AssemblyImage> courseLibrary)
    {
        lock (Gate)
        {
            library = courseLibrary;
        }
    }

    private static void StartSpare(WorkerLimits limits) =>
        ThreadPool.QueueUserWorkItem(_ =>
        {
            StartedWorker? spare = null;
            IReadOnlyList<AssemblyImage> ahead;
            lock (Gate)
            {
                ahead = library;
            }

            try
            {
                spare = SendAhead(Start(limits), ahead);
            }
            finally
            {
                lock (Gate)
                {
                    starting--;
                    if (spare is not null)
                    {
                        Spares.Add(spare);
                    }
                }
            }
        });

    /// <summary>How many spares with these limits are waiting, and how many more are starting.</summary>
    internal static (int Waiting, int Starting) Count(WorkerLimits limits)
    {
        lock (Gate)
        {
            return (Spares.Count(spare => Fits(spare, limits, null)), starting);
        }
    }

    /// <summary>How many of the spares with these limits that wait were sent a course library ahead.</summary>
    internal static int WaitingWithLibrary(WorkerLimits limits)
    {
        lock (Gate)
        {
            return Spares.Count(spare => Fits(spare, limits, null) && spare.Library.Count > 0);
        }
    }

    /// <summary>A started worker with these limits for jobs sharing <paramref name="courseLibrary"/>: a waiting spare if there is one, else a new one.</summary>
    public static StartedWorker Take(WorkerLimits limits, IReadOnlyList<AssemblyImage> courseLibrary) =>
        TakeWaiting(limits, 1, courseLibrary) is [var spare] ? spare : Start(limits);

    /// <summary><paramref name="count"/> waiting spares with these limits for jobs sharing <paramref name="courseLibrary"/>, or none when fewer wait (no worker is started).</summary>
    public static IReadOnlyList<StartedWorker> TakeWaiting(WorkerLimits limits, int count, IReadOnlyList<AssemblyImage> courseLibrary)
    {
        lock (Gate)
        {
            // A spare that died, or was started for other limits or sent another library, is of no use to anyone asking now.
            foreach (var unfit in Spares.Where(spare => !Fits(spare, limits, courseLibrary)).ToList())
            {
                Spares.Remove(unfit);
                Discard(unfit);
            }

            if (Spares.Count < count)
            {
                return [];
            }

            var taken = Spares[^count..];
            Spares.RemoveRange(Spares.Count - count, count);
            return taken;
        }
    }

    // A library of null asks only about the limits.
    private static bool Fits(StartedWorker spare, WorkerLimits limits, IReadOnlyList<AssemblyImage>? courseLibrary) =>
        spare.Limits.MemoryBytes == limits.MemoryBytes && Equals(spare.Limits.Sandbox, limits.Sandbox) && !spare.Process.HasExited
        && (courseLibrary is null || spare.Library.Count == 0 || SameLibrary(spare.Library, courseLibrary));

    // The worker loads an assembly of a name once: what it was sent ahead must be what the jobs share, byte for byte.
    private static bool SameLibrary(IReadOnlyList<AssemblyImage> sent, IReadOnlyList<AssemblyImage> needed) =>
        sent.Count == needed.Count
        && sent.All(image => needed.Any(other => other.Name == image.Name && (ReferenceEquals(other.Image, image.Image) || other.Image.AsSpan().SequenceEqual(image.Image))));

    // A spare that cannot be sent its library (it died as it started) is kept as it is: taking it will find it dead.
    private static StartedWorker SendAhead(StartedWorker spare, IReadOnlyList<AssemblyImage> courseLibrary)
    {
        if (courseLibrary.Count == 0)
        {
            return spare;
        }

        try
        {
            spare.Process.StandardInput.WriteLine(ResultChannel.Encode(WorkerRequest.Preparation(courseLibrary)));
            spare.Process.StandardInput.Flush();
            return spare with { Library = courseLibrary };
        }
        catch (IOException)
        {
            return spare;
        }
    }

    /// <summary>Stops a worker that will not be used and deletes its folder.</summary>
    public static void Discard(StartedWorker worker)
    {
        if (!worker.Process.HasExited)
        {
            worker.Process.Kill(entireProcessTree: true);
        }

        worker.Process.WaitForExit();
        worker.Process.Dispose();
        TryDeleteFolder(worker.Folder);
    }

    /// <summary>Deletes a worker's folder; a leftover in the temporary folder is harmless, so failure is ignored.</summary>
    public static void TryDeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A new worker folder, named by this grader's process id.</summary>
    public static string NewFolder() => Directory.CreateTempSubdirectory($"{FolderPrefix}{Environment.ProcessId}-").FullName;

    /// <summary>
    /// Deletes the worker folders of graders that are gone (killed before they could clean up): a
    /// folder is named by the process id of the grader that made it, and one whose grader still
    /// runs is left alone; one named before that (no process id) goes once it is a day old. A
    /// folder that cannot be deleted (another user's) is skipped.
    /// </summary>
    internal static void SweepLeftovers()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-');
            var gone = owner.Length > 1
                ? int.TryParse(owner[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid) && !ProcessTree.IsRunning(pid)
                : DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > TimeSpan.FromDays(1);
            if (gone)
            {
                TryDeleteFolder(folder);
            }
        }
    }

    private static StartedWorker Start(WorkerLimits limits)
    {
        if (Interlocked.Exchange(ref swept, 1) == 0)
        {
            SweepLeftovers();
        }

        return WorkerLauncher.Start(NewFolder(), limits);
    }

    private static List<StartedWorker> Watched()
    {
        var spares = new List<StartedWorker>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            lock (Gate)
            {
                foreach (var spare in spares)
                {
                    Discard(spare);
                }

                spares.Clear();
            }
        };
        return spares;
    }
}
