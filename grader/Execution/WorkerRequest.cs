namespace NeuralKatas.Grader.Execution;

/// <summary>
/// What the supervisor sends a worker on its standard input, read once before any learner code
/// runs: the jobs, where to report, and the key that signs every report.
/// </summary>
/// <param name="Key">Base64 HMAC key; learner code never sees it (not in arguments, environment or files).</param>
/// <param name="ResultPath">The file the worker appends signed reports to.</param>
/// <param name="Jobs">The jobs, in order.</param>
public sealed record WorkerRequest(string Key, string ResultPath, IReadOnlyList<KataJob> Jobs);
