using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Grader.CompileServer;

/// <summary>One kata to compile, sent to a compile server as text: the server never reads a path it is given.</summary>
/// <param name="AssemblyName">The kata's assembly name.</param>
/// <param name="Steps">The learner's steps, in order, each in its language.</param>
/// <param name="Tests">The kata's tests (and an instructor's hidden ones).</param>
public sealed record CompileRequest(string AssemblyName, IReadOnlyList<LearnerStep> Steps, IReadOnlyList<SourceFile> Tests);
