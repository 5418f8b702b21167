namespace NeuralKatas.Grader.Commands;

/// <summary>What the grader's exit code means, so scripts and CI can tell the cases apart.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done and passed (full marks, or no drift).</summary>
    public const int Success = 0;

    /// <summary>The work ran, and the answer is "not yet": tests failed, points are missing, or files drifted.</summary>
    public const int NotPassing = 1;

    /// <summary>The command could not do its job: bad arguments, a missing folder, a malformed manifest.</summary>
    public const int UsageError = 2;
}
