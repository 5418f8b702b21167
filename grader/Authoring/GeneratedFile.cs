namespace NeuralKatas.Grader.Authoring;

/// <summary>One stub as the generator would write it.</summary>
/// <param name="SolutionPath">The solution it comes from.</param>
/// <param name="StubPath">Where the stub belongs in katas/.</param>
/// <param name="Text">The stub's text.</param>
public sealed record GeneratedFile(string SolutionPath, string StubPath, string Text);
