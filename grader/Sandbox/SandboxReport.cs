namespace NeuralKatas.Grader.Sandbox;

/// <summary>What every report says about the sandbox the tests ran in: the JSON `sandbox` field, and one line for people.</summary>
public static class SandboxReport
{
    /// <summary>The tests ran inside bubblewrap.</summary>
    public const string Bubblewrap = "bubblewrap";

    /// <summary>The tests ran unprotected, with the rights of whoever ran the grader.</summary>
    public const string None = "none";

    /// <summary>The field's value for workers run under <paramref name="policy"/>.</summary>
    public static string Describe(SandboxPolicy? policy) => policy is null ? None : Bubblewrap;

    /// <summary>The line for the console and Markdown reports.</summary>
    public static string Line(string sandbox) =>
        sandbox == Bubblewrap
            ? "Sandbox: bubblewrap (the tests ran with no network and none of this machine's files but the grader's own)."
            : "Sandbox: none (the tests ran with the rights of whoever ran the grader; see docs/sandbox.md).";
}
