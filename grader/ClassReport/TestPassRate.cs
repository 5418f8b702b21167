namespace NeuralKatas.Grader.ClassReport;

/// <summary>How many of the students graded on a kata passed one of its tests.</summary>
/// <param name="Name">The test's name.</param>
/// <param name="Passed">Students who passed it.</param>
/// <param name="Graded">Students graded on the kata: one whose kata did not compile or crashed did not pass it either.</param>
public sealed record TestPassRate(string Name, int Passed, int Graded);
