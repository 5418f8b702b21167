namespace NeuralKatas.Grader.Execution;

/// <summary>One signed line of the result channel: a job began, or a job ended with its outcomes.</summary>
/// <param name="Kind">"begin" or "end".</param>
/// <param name="Job">The job's index in the request.</param>
/// <param name="Outcomes">The tests' results, for "end".</param>
/// <param name="ThreadLeftRunning">For "end": a thread the tests started was still spending CPU after they finished.</param>
public sealed record WorkerReport(string Kind, int Job, IReadOnlyList<TestOutcome>? Outcomes, bool ThreadLeftRunning);
