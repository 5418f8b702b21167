using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Grader.Scoring;

/// <summary>One test's result and the points it earned.</summary>
/// <param name="Name">The test's display name (method name, with arguments for a test case).</param>
/// <param name="Status">How it ended.</param>
/// <param name="Message">The teaching message of a failure; empty when it passed.</param>
/// <param name="Points">Points earned: all of <paramref name="MaxPoints"/> when it passed, else 0.</param>
/// <param name="MaxPoints">The test's share of the kata's points.</param>
/// <param name="Duration">How long it ran.</param>
public sealed record TestGrade(string Name, TestStatus Status, string Message, double Points, double MaxPoints, TimeSpan Duration)
{
    /// <summary>True for a test from the instructor's hidden tests (--tests): its message is for the instructor only.</summary>
    public bool Hidden { get; init; }

    /// <summary>The id of the catalogued mistake this failure names, or null.</summary>
    public string? Mistake { get; init; }

    /// <summary>Where the failure arose in the learner's own file (file:line or file:line:column), or null when no learner frame is known.</summary>
    public string? Location { get; init; }

    /// <summary>What the learner's code wrote to the console during the test, capped; empty when nothing. Shown to the learner, not scored.</summary>
    public string Output { get; init; } = string.Empty;
}
