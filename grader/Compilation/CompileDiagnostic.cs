namespace NeuralKatas.Grader.Compilation;

/// <summary>A compiler error at a place in the learner's own file.</summary>
/// <param name="File">The file, as the learner knows it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Id">The compiler's id, for example CS1002.</param>
/// <param name="Message">The compiler's message.</param>
public sealed record CompileDiagnostic(string File, int Line, int Column, string Id, string Message)
{
    /// <summary>file(line,col): error ID: message, the form editors and CI logs turn into links.</summary>
    public override string ToString() => $"{File}({Line},{Column}): error {Id}: {Message}";
}
