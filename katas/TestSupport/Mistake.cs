namespace NeuralKatas.Testing;

/// <summary>
/// A catalogued learner mistake: a stable id (what instructors count in the JSON report), the
/// sentence a learner reads, and how a test recognises it. Every entry lives in <see cref="Mistakes"/>.
/// </summary>
/// <param name="Id">A stable, lower-case id, for example <c>sigmoid-derivative-of-activation</c>.</param>
/// <param name="Sentence">What the learner did and what to do instead, in plain words.</param>
/// <param name="RecognisedBy">What gives it away: the value it produces, a shape, or a symptom.</param>
public sealed record Mistake(string Id, string Sentence, string RecognisedBy);
