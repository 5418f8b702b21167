namespace NeuralKatas.Grader.Execution;

/// <summary>What came back from one job.</summary>
/// <param name="Job">The job.</param>
/// <param name="End">How it ended.</param>
/// <param name="Outcomes">Its tests' results, in NUnit's order; empty unless it completed (or left a thread running).</param>
/// <param name="Error">What went wrong, in words, when it did not complete; null otherwise.</param>
public sealed record JobResult(KataJob Job, JobEnd End, IReadOnlyList<TestOutcome> Outcomes, string? Error);
