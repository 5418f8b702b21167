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
    /// <summary>The request for <paramref name="jobs"/>: their shared dependencies once, by name, or none when the worker loaded them ahead (<see cref="Preparation"/>).</summary>
    public static WorkerRequest For(string key, string resultPath, IReadOnlyList<KataJob> jobs, bool libraryLoaded = false) =>
        new(key, resultPath, [.. jobs.Select(job => job with { SharedDependencies = [] })], libraryLoaded ? [] : LibraryOf(jobs));

    /// <summary>
    /// A request without jobs, which a spare may be sent before its real one: it loads the course
    /// library and compiles its code while it waits, so a grade's first kata does not. It signs
    /// nothing and runs nothing: only course code is compiled, and no learner code has arrived.
    /// </summary>
    public static WorkerRequest Preparation(IReadOnlyList<AssemblyImage> library) => new(string.Empty, string.Empty, [], library);

    /// <summary>The course library <paramref name="jobs"/> share, each assembly once.</summary>
    public static IReadOnlyList<AssemblyImage> LibraryOf(IEnumerable<KataJob> jobs) =>
        [.. jobs.SelectMany(job => job.SharedDependencies).DistinctBy(image => image.Name, StringComparer.Ordinal)];
}
