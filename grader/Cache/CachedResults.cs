using NeuralKatas.Grader.CompileServer;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Grader.Cache;

/// <summary>
/// Runs jobs in workers (<see cref="WorkerSupervisor"/>), except those whose very job (the same
/// compiled images, snapshots and fixtures) finished before: their results come from the cache.
/// Only a run that completed is kept; a timeout, a crash or a thread left running is run again.
/// </summary>
public static class CachedResults
{
    /// <summary>One result per job, in order.</summary>
    public static IReadOnlyList<JobResult> Run(IReadOnlyList<KataJob> jobs, WorkerLimits limits, GradeCache? cache)
    {
        if (jobs.Count == 0)
        {
            return [];
        }

        if (cache is null)
        {
            return WorkerSupervisor.Run(jobs, limits);
        }

        var keys = jobs.Select(job => GradeCache.Key("results", CompileWire.Write(job with { Name = string.Empty }))).ToList();
        var stored = keys.Select(key => cache.Read<TestOutcome[]>(key)).ToList();
        var missing = Enumerable.Range(0, jobs.Count).Where(index => stored[index] is null).ToList();
        var ran = missing.Count == 0 ? [] : WorkerSupervisor.Run([.. missing.Select(index => jobs[index])], limits);
        var fresh = missing.Zip(ran).ToDictionary(pair => pair.First, pair => pair.Second);
        foreach (var (index, result) in fresh.Where(pair => pair.Value.End == JobEnd.Completed))
        {
            cache.Write(keys[index], result.Outcomes.ToArray());
        }

        return [.. Enumerable.Range(0, jobs.Count).Select(index => fresh.TryGetValue(index, out var result) ? result : new JobResult(jobs[index], JobEnd.Completed, stored[index]!, null))];
    }
}
