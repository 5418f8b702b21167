namespace NeuralKatas.Grader.ClassReport;

/// <summary>A token reduced to its kind (every identifier alike, every literal by its kind), and the line it is on.</summary>
/// <param name="Kind">A number standing for the token's kind, never its text.</param>
/// <param name="Line">Its 1-based line in the learner's file.</param>
internal readonly record struct NormalisedToken(int Kind, int Line);
