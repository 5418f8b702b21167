using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// What the supervisor sends a worker on its standard input, read once before any learner code
/// runs: the jobs, where to report, and the key that signs every report.
/// </summary>
/// <param name="Key">Base64 HMAC key; learner code never sees it (not in arguments, environment or files).</param>
/// <param name="ResultPath">The file the worker appends signed reports to.</param>
/// <param name="Jobs">The jobs, in order, without their shared dependencies.</param>
/// <param name="Shared">
/// The course library's assemblies, sent once for every job: each job carries the same copy, and
/// five copies of it were most of a request's bytes and of the worker's time before its first test.
/// </param>
public sealed record WorkerRequest(string Key, string ResultPath, IReadOnlyList<KataJob> Jobs, IReadOnlyList<AssemblyImage> Shared)
{
    /// <summary>The request for <paramref name="jobs"/>: their shared dependencies once, by name.</summary>
    public static WorkerRequest For(string key, string resultPath, IReadOnlyList<KataJob> jobs) =>
        new(key, resultPath, [.. jobs.Select(job => job with { SharedDependencies = [] })],
            [.. jobs.SelectMany(job => job.SharedDependencies).DistinctBy(image => image.Name, StringComparer.Ordinal)]);
}
