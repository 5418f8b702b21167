using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// One compiled kata for a worker to run, carried whole in the worker's request: a sandboxed
/// worker sees no folder of the grader's, so the images and snapshots travel inline.
/// </summary>
/// <param name="Name">What the job is, for messages (for example "03-forward (isolated)").</param>
/// <param name="Image">The compiled kata's test assembly.</param>
/// <param name="Dependencies">The kata's own other assemblies (the learner's F# parts).</param>
/// <param name="SharedDependencies">The course library's assemblies, the same for every kata: a worker loads them once.</param>
/// <param name="Snapshots">The reference snapshots the kata's tests read (file name to content), or null when it has none.</param>
public sealed record KataJob(
    string Name,
    byte[] Image,
    IReadOnlyList<AssemblyImage> Dependencies,
    IReadOnlyList<AssemblyImage> SharedDependencies,
    IReadOnlyDictionary<string, string>? Snapshots)
{
    /// <summary>The full names of the course's fixtures, the only tests the worker runs (see <see cref="InProcessTestRunner.Fixtures"/>).</summary>
    public IReadOnlyList<string> Fixtures { get; init; } = [];

    /// <summary>The job that runs a compiled kata, with the snapshots of <paramref name="snapshotDirectory"/> (or none).</summary>
    public static KataJob For(string name, CompiledKata compiled, string? snapshotDirectory) =>
        new(
            name,
            compiled.Image ?? throw new ArgumentException("The kata did not compile.", nameof(compiled)),
            [.. compiled.Dependencies.Where(d => !d.Shared)],
            [.. compiled.Dependencies.Where(d => d.Shared)],
            Snapshot.ReferenceSnapshots.Read(snapshotDirectory))
        {
            Fixtures = InProcessTestRunner.Fixtures(compiled.TestLocations),
        };
}
