namespace NeuralKatas.Grader.Compilation;

/// <summary>Where a test method is declared.</summary>
/// <param name="ClassName">The fixture's full name.</param>
/// <param name="MethodName">The test method's name.</param>
/// <param name="File">The test file.</param>
/// <param name="Line">1-based line of the method's name.</param>
public sealed record TestLocation(string ClassName, string MethodName, string File, int Line);
