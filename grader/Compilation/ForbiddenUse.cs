namespace NeuralKatas.Grader.Compilation;

/// <summary>What a piece of learner code used, and the rule it falls under.</summary>
/// <param name="Rule">The rule broken.</param>
/// <param name="Subject">What was used, as the learner would name it: System.IO.File, an unsafe block.</param>
internal sealed record ForbiddenUse(ForbiddenApiRule Rule, string Subject)
{
    /// <summary>The diagnostic's message: what was used and why a kata has no business using it.</summary>
    public string Message => $"{Subject} {Rule.Reason}";
}
