namespace NeuralKatas.Grader.Execution;

/// <summary>How a job in the worker ended.</summary>
public enum JobEnd
{
    /// <summary>Its tests ran to the end and reported.</summary>
    Completed,

    /// <summary>It ran past the time limit; the worker was killed.</summary>
    TimedOut,

    /// <summary>The worker died during it without reporting.</summary>
    Crashed,

    /// <summary>The worker grew past the memory limit during it and was killed.</summary>
    MemoryExceeded,

    /// <summary>The worker wrote more than the output cap during it and was killed.</summary>
    OutputFlood,

    /// <summary>Its tests finished but left a thread running (spending CPU).</summary>
    ThreadLeftRunning,
}
