using System.Diagnostics;

namespace NeuralKatas.Grader.Execution;

/// <summary>A worker process that has started and waits for its request on standard input.</summary>
/// <param name="Process">The process.</param>
/// <param name="WorkingDirectory">Its private working folder, deleted when it is done.</param>
/// <param name="MemoryBytes">The heap limit it was started with.</param>
public sealed record StartedWorker(Process Process, string WorkingDirectory, long MemoryBytes);
