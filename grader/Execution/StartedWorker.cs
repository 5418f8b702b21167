using System.Diagnostics;

namespace NeuralKatas.Grader.Execution;

/// <summary>A worker process that has started and waits for its request on standard input.</summary>
/// <param name="Process">The process (bwrap's, when it is sandboxed).</param>
/// <param name="Folder">Its private folder on the host, holding the channel file (and, unsandboxed, its working files); deleted when it is done.</param>
/// <param name="Channel">The channel file on the host, which the worker appends its signed reports to.</param>
/// <param name="ChannelSeenByWorker">The same file's path as the worker sees it.</param>
/// <param name="Limits">The limits it was started with.</param>
public sealed record StartedWorker(Process Process, string Folder, string Channel, string ChannelSeenByWorker, WorkerLimits Limits)
{
    /// <summary>The course library it was sent ahead of its request (<see cref="WorkerRequest.Preparation"/>), or none.</summary>
    public IReadOnlyList<Compilation.AssemblyImage> Library { get; init; } = [];
}
