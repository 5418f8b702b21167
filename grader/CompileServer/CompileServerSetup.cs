using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Grader.CompileServer;

/// <summary>The first message a compile server reads: the course library every kata compiles against.</summary>
/// <param name="Library">The given library and the test support, as text.</param>
public sealed record CompileServerSetup(IReadOnlyList<SourceFile> Library);
