namespace NeuralKatas.Grader.Execution;

/// <summary>One compiled kata for a worker to run.</summary>
/// <param name="Name">What the job is, for messages (for example "03-forward (isolated)").</param>
/// <param name="AssemblyPath">The compiled kata's assembly image on disk.</param>
/// <param name="SnapshotDirectory">Where the reference snapshots are, or null.</param>
public sealed record KataJob(string Name, string AssemblyPath, string? SnapshotDirectory);
