namespace NeuralKatas.Grader.ClassReport;

/// <summary>One learner file of one kata, as handed in.</summary>
/// <param name="Kata">The kata's id, for example 04-backprop.</param>
/// <param name="File">The file's path inside the kata folder, as the manifest names it.</param>
/// <param name="Text">The file's text.</param>
public sealed record LearnerSource(string Kata, string File, string Text);
