namespace NeuralKatas.Tests.EndToEnd;

/// <summary>How one run of the grader's command line ended.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">What it wrote to stdout.</param>
/// <param name="Error">What it wrote to stderr.</param>
public sealed record GraderRun(int ExitCode, string Output, string Error)
{
    /// <inheritdoc/>
    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Output}{Environment.NewLine}stderr:{Environment.NewLine}{Error}";
}
