using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Grader.Sandbox;

/// <summary>
/// The policy for grading without a sandbox (DESIGN.md's trust boundary): a learner's own katas
/// are graded either way, sandboxed when this machine can; code someone else wrote is graded only
/// in the sandbox, or unprotected when the instructor says --no-sandbox.
/// </summary>
public static class SandboxChoice
{
    /// <summary>
    /// The limits to grade with, or null after one line on stderr saying why grading is refused.
    /// </summary>
    /// <param name="limits">The limits asked for, with this machine's sandbox or none.</param>
    /// <param name="othersCode">True for code the user did not write: a batch, or a folder or zip other than this repository's own.</param>
    /// <param name="noSandbox">True when --no-sandbox was passed: grade unprotected even when a sandbox could be had.</param>
    public static WorkerLimits? Decide(WorkerLimits limits, bool othersCode, bool noSandbox)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (noSandbox)
        {
            return limits with { Sandbox = null };
        }

        // othersCode first: reading Sandbox looks for this machine's (a trial sandbox), which the
        // learner's own code does not need to decide anything.
        if (othersCode && limits.Sandbox is null)
        {
            Console.Error.WriteLine(SandboxAvailability.Current.Missing ?? "There is no sandbox for code you did not write. Pass --no-sandbox to grade it unprotected.");
            return null;
        }

        return limits;
    }
}
