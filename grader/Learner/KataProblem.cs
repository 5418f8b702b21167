namespace NeuralKatas.Grader.Learner;

/// <summary>The one thing a learner should look at next in a kata that does not pass.</summary>
/// <param name="Headline">What is wrong, in one line: the failing test's name, or "does not compile", …</param>
/// <param name="Message">The teaching message, the compiler's words or the worker's error.</param>
/// <param name="Location">Where to look, as file:line (an editor and a terminal turn it into a link), or null.</param>
public sealed record KataProblem(string Headline, string Message, string? Location);
