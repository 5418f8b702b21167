using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Grader.CompileServer;

/// <summary>A compile server's answer: the compiled kata, or why the compiler itself gave up.</summary>
/// <param name="Kata">The compiler's outcome (an image, or ordinary compile errors); null when it gave up.</param>
/// <param name="Failure">The exception that stopped the compiler (out of memory, not enough stack), or null.</param>
public sealed record CompileResponse(CompiledKata? Kata, string? Failure);
