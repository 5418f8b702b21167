namespace NeuralKatas.Grader.Execution;

/// <summary>One test's result, as the grader reports it.</summary>
/// <param name="ClassName">The fixture's full name.</param>
/// <param name="MethodName">The test method.</param>
/// <param name="Name">The test's display name, with its arguments for a test case.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Message">The failure's teaching message, or empty when it passed.</param>
/// <param name="Duration">How long it ran.</param>
public sealed record TestOutcome(string ClassName, string MethodName, string Name, TestStatus Status, string Message, TimeSpan Duration)
{
    /// <summary>What the test's code wrote to the console, capped (see <see cref="RawConsole.KeptPerTest"/>); empty when nothing.</summary>
    public string Output { get; init; } = string.Empty;

    /// <summary>Where the failure arose in the learner's own file, as file:line (or file:line:column), or null when no learner frame is known.</summary>
    public string? Location { get; init; }
}
