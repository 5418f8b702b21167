namespace NeuralKatas.Grader.ClassReport;

/// <summary>One student's line of the class report.</summary>
/// <param name="Index">The student's place in the class (name order), which mistakes and pairs refer to.</param>
/// <param name="Submission">The submission's name: hostile input, escaped wherever it is written.</param>
/// <param name="Score">Points earned over every kata.</param>
/// <param name="MaxScore">Points available.</param>
/// <param name="Katas">Every kata of the class, in manifest order.</param>
/// <param name="Flags">What a person should look at (<see cref="StudentFlags"/>), in a fixed order.</param>
/// <param name="Error">Why the submission could not be graded at all, or null.</param>
public sealed record StudentRow(int Index, string Submission, double Score, double MaxScore, IReadOnlyList<StudentKata> Katas, IReadOnlyList<string> Flags, string? Error);
