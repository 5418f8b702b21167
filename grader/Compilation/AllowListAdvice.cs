namespace NeuralKatas.Grader.Compilation;

/// <summary>What to tell a learner whose code used something under <paramref name="Prefix"/>.</summary>
/// <param name="Prefix">The start of the refused API's full name; the longest match wins, and the empty prefix says the general rule.</param>
/// <param name="Instead">What to do instead, in plain words.</param>
public sealed record AllowListAdvice(string Prefix, string Instead);
