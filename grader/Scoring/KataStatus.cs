namespace NeuralKatas.Grader.Scoring;

/// <summary>How grading one kata of one submission ended.</summary>
public enum KataStatus
{
    /// <summary>Every test passed.</summary>
    Passed,

    /// <summary>The tests ran and at least one did not pass.</summary>
    Failed,

    /// <summary>The learner's files did not compile; no test ran.</summary>
    CompileError,

    /// <summary>A learner file the manifest names is not in the submission.</summary>
    Missing,

    /// <summary>The tests ran past the time limit and the worker was killed.</summary>
    TimedOut,

    /// <summary>The worker died while running the tests: a stack overflow, Environment.Exit, FailFast, out of memory.</summary>
    Crashed,

    /// <summary>The tests wrote more output than the cap allows and the worker was killed.</summary>
    OutputFlood,

    /// <summary>The tests finished but left a thread running.</summary>
    ThreadLeftRunning,
}
