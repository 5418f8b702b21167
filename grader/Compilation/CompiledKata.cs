namespace NeuralKatas.Grader.Compilation;

/// <summary>The outcome of compiling a kata: an assembly image, or the errors that stopped it.</summary>
/// <param name="Image">The compiled assembly, or null when there were errors.</param>
/// <param name="Errors">Compiler errors, in the learner's files where they are the cause.</param>
/// <param name="TestLocations">Where each test method is declared, to report tests in source order.</param>
/// <param name="Findings">Uses of APIs a kata has no business using, at the learner's lines (reported, not fatal).</param>
public sealed record CompiledKata(byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors, IReadOnlyList<TestLocation> TestLocations, IReadOnlyList<CompileDiagnostic> Findings)
{
    /// <summary>True when there is an assembly to run.</summary>
    public bool Succeeded => Image is not null;

    /// <summary>
    /// Assemblies the image needs at run time besides the runtime, NUnit and FSharp.Core: the course
    /// library (shared), and the learner's earlier parts when some are in F#.
    /// </summary>
    public IReadOnlyList<AssemblyImage> Dependencies { get; init; } = [];
}
