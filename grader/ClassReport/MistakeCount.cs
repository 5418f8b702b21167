namespace NeuralKatas.Grader.ClassReport;

/// <summary>A catalogued mistake and the students whose failing tests named it.</summary>
/// <param name="Id">The mistake's id from the catalogue.</param>
/// <param name="Kata">The kata it was made in.</param>
/// <param name="Students">The students (their indices in the class, in class order).</param>
public sealed record MistakeCount(string Id, string Kata, IReadOnlyList<int> Students);
