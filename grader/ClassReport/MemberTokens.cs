namespace NeuralKatas.Grader.ClassReport;

/// <summary>The normalised tokens of one member (a method, property, field, constructor) of a learner file.</summary>
/// <param name="File">The learner file it is in.</param>
/// <param name="Tokens">Its tokens in source order, trivia dropped.</param>
internal sealed record MemberTokens(string File, IReadOnlyList<NormalisedToken> Tokens);
