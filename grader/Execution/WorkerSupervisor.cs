using System.Diagnostics;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// Runs jobs in worker processes, the security boundary between learner code and the grader.
/// One worker runs a submission's jobs in turn; the supervisor watches the clock, the worker's
/// memory and the size of its output, and kills the whole process tree when a limit is passed.
/// A job that hangs, crashes or floods is reported as such, and a fresh worker carries on with
/// the jobs after it, so one bad kata costs only its own points. When two warm workers are
/// waiting (the grade server keeps two), the first half of the jobs runs in one and the second
/// half in the other, side by side, each half exactly as it would run alone.
/// </summary>
public static class WorkerSupervisor
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan StartupAllowance = TimeSpan.FromSeconds(20);

    /// <summary>One result per job, in order.</summary>
    /// <param name="jobs">The jobs.</param>
    /// <param name="limits">The limits every job runs under.</param>
    public static IReadOnlyList<JobResult> Run(IReadOnlyList<KataJob> jobs, WorkerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var library = WorkerRequest.LibraryOf(jobs);
        WorkerPool.LoadAhead(library);

        // Only warm workers are worth splitting for: starting one costs more than the jobs it would take.
        if (jobs.Count > 1 && WorkerPool.TakeWaiting(limits, 2, library) is [var first, var second])
        {
            var half = (jobs.Count + 1) / 2;
            var later = Task.Run(() => RunInTurn([.. jobs.Skip(half)], limits, library, second));
            // Awaited, not .Result: a failure in the second half surfaces as itself, as in one worker.
            return [.. RunInTurn([.. jobs.Take(half)], limits, library, first), .. later.GetAwaiter().GetResult()];
        }

        return RunInTurn(jobs, limits, library, null);
    }

    // The jobs one after the other, in the spare given (if any) and then in as many fresh workers
    // as the jobs that go wrong need.
    private static List<JobResult> RunInTurn(IReadOnlyList<KataJob> jobs, WorkerLimits limits, IReadOnlyList<Compilation.AssemblyImage> library, StartedWorker? spare)
    {
        var results = new List<JobResult>();
        while (results.Count < jobs.Count)
        {
            var rest = jobs.Skip(results.Count).ToList();
            var round = RunOneWorker(rest, limits, spare ?? WorkerPool.Take(limits, library));
            spare = null;
            results.AddRange(round);
        }

        return results;
    }

    // Returns the results of a prefix of the jobs: every completed job, then at most one that
    // went wrong. Never empty, so the caller always makes progress.
    private static List<JobResult> RunOneWorker(IReadOnlyList<KataJob> jobs, WorkerLimits limits, StartedWorker started)
    {
        var key = ResultChannel.NewKey();
        using var worker = started.Process;
        var output = new OutputMonitor(worker.StandardOutput.BaseStream, worker.StandardError.BaseStream);
        worker.StandardInput.Write(ResultChannel.Encode(WorkerRequest.For(Convert.ToBase64String(key), started.ChannelSeenByWorker, jobs, libraryLoaded: started.Library.Count > 0)));
        worker.StandardInput.Close();

        var results = new List<JobResult>();
        var reader = new ChannelReader(started.Channel, key);
        var clock = Stopwatch.StartNew();
        int? running = null;
        var runningSince = TimeSpan.Zero;
        JobResult? failure = null;

        while (failure is null)
        {
            var exited = worker.WaitForExit(Poll);
            foreach (var report in reader.ReadNew())
            {
                if (report.Kind == "begin")
                {
                    (running, runningSince) = (report.Job, clock.Elapsed);
                }
                else if (report.Kind == "end" && report.Job == results.Count && report.Job < jobs.Count)
                {
                    var job = jobs[report.Job];
                    results.Add(report.ThreadLeftRunning
                        ? new JobResult(job, JobEnd.ThreadLeftRunning, report.Outcomes ?? [], $"The tests of {job.Name} finished but left a thread running (still using the CPU). Code in a kata must not start threads.")
                        : new JobResult(job, JobEnd.Completed, report.Outcomes ?? [], null));
                    running = null;
                }
            }

            if (results.Count == jobs.Count)
            {
                break;
            }

            var current = jobs[results.Count];
            if (exited)
            {
                failure = Crashed(current, worker.ExitCode, output.ErrorTail());
            }
            else if (running is not null && clock.Elapsed - runningSince > limits.TimePerKata)
            {
                failure = new JobResult(current, JobEnd.TimedOut, [],
                    $"The tests of {current.Name} ran for more than {limits.TimePerKata.TotalSeconds:0.#} s and were stopped: an endless loop, or code that never returns.");
            }
            else if (running is null && clock.Elapsed > StartupAllowance + limits.TimePerKata)
            {
                failure = new JobResult(current, JobEnd.Crashed, [], $"The worker process never started the tests of {current.Name}. {output.ErrorTail()}".Trim());
            }
            else if (output.TotalBytes > limits.OutputBytes)
            {
                failure = Flood(current, limits);
            }
            else if (ProcessTree.WorkingSet(worker) > 2 * limits.MemoryBytes)
            {
                failure = new JobResult(current, JobEnd.MemoryExceeded, [],
                    $"The tests of {current.Name} used more than {2 * limits.MemoryBytes >> 20} MiB of memory and were stopped.");
            }
        }

        if (!worker.HasExited)
        {
            worker.Kill(entireProcessTree: true);
        }

        worker.WaitForExit();
        output.Dispose();
        WorkerPool.TryDeleteFolder(started.Folder);
        if (failure is not null)
        {
            results.Add(failure);
        }

        return results;
    }

    private static JobResult Flood(KataJob job, WorkerLimits limits) =>
        new(job, JobEnd.OutputFlood, [],
            $"The tests of {job.Name} wrote more than {limits.OutputBytes / 1024} KiB of output and were stopped. Remove the Console.Write calls from your code.");

    private static JobResult Crashed(KataJob job, int exitCode, string errorTail)
    {
        var cause = errorTail.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)
            ? "a stack overflow: a function that calls itself without end?"
            : errorTail.Contains("FailFast", StringComparison.Ordinal) || errorTail.Contains("Process terminated", StringComparison.Ordinal)
                ? "a call to Environment.FailFast."
                : errorTail.Contains("OutOfMemory", StringComparison.Ordinal)
                    ? "it ran out of memory."
                    : $"a call to Environment.Exit, or a crash (exit code {exitCode}).";
        var firstLine = errorTail.Split(" … ")[0];
        var detail = firstLine.Length > 0 ? $" Its last words: {(firstLine.Length > 200 ? firstLine[..200] + "…" : firstLine)}" : string.Empty;
        return new JobResult(job, JobEnd.Crashed, [], $"The worker process died while running the tests of {job.Name}, because of {cause}{detail}");
    }
}
