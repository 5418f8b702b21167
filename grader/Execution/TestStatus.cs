namespace NeuralKatas.Grader.Execution;

/// <summary>How one test ended.</summary>
public enum TestStatus
{
    /// <summary>Every assertion held.</summary>
    Passed,

    /// <summary>An assertion failed: the learner's answer is wrong, and the message says how.</summary>
    Failed,

    /// <summary>The code under test threw, a TODO stub included.</summary>
    Errored,

    /// <summary>The test did not run (ignored, inconclusive, or the kata was stopped before it).</summary>
    NotRun,
}
