namespace NeuralKatas.Grader.ClassReport;

/// <summary>Lines of one submission that match lines of another: one member of each.</summary>
/// <param name="FirstFile">The first submission's learner file.</param>
/// <param name="FirstStart">The first matching line there.</param>
/// <param name="FirstEnd">The last matching line there.</param>
/// <param name="SecondFile">The second submission's learner file.</param>
/// <param name="SecondStart">The first matching line there.</param>
/// <param name="SecondEnd">The last matching line there.</param>
public sealed record MatchedPassage(string FirstFile, int FirstStart, int FirstEnd, string SecondFile, int SecondStart, int SecondEnd);
