namespace NeuralKatas.Grader.ClassReport;

/// <summary>One student's result in one kata.</summary>
/// <param name="Kata">The kata's id.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points available.</param>
/// <param name="Status">The status code (as grades.json writes it), or not_graded.</param>
public sealed record StudentKata(string Kata, double Score, double MaxScore, string Status);
