namespace NeuralKatas.Grader.Compilation;

/// <summary>allow-list.json as it is written.</summary>
/// <param name="Namespaces">Namespaces allowed whole.</param>
/// <param name="Types">Types allowed whole, by member, or whole but for some.</param>
/// <param name="Attributes">The only attributes learner code may apply.</param>
/// <param name="Advice">What each refusal says to do instead.</param>
public sealed record AllowListDocument(
    IReadOnlyList<AllowListEntry> Namespaces,
    IReadOnlyList<AllowListEntry> Types,
    IReadOnlyList<AllowListEntry> Attributes,
    IReadOnlyList<AllowListAdvice> Advice);
