namespace NeuralKatas.Grader.Compilation;

/// <summary>The outcome of compiling a kata: an assembly image, or the errors that stopped it.</summary>
/// <param name="Image">The compiled test assembly, or null when there were errors.</param>
/// <param name="Errors">Compiler and compile-gate errors, in the learner's files where they are the cause.</param>
/// <param name="TestLocations">
/// The tests that count, from the course's own test sources (and the instructor's hidden tests),
/// never from the submission, in source order: a result for any other test is ignored, and a
/// test listed here without a result has failed.
/// </param>
public sealed record CompiledKata(byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors, IReadOnlyList<TestLocation> TestLocations)
{
    /// <summary>True when there is an assembly to run.</summary>
    public bool Succeeded => Image is not null;

    /// <summary>
    /// Assemblies the image needs at run time besides the runtime, NUnit and FSharp.Core: the course
    /// library (shared), and the learner's own parts (one per run of steps in one language).
    /// </summary>
    public IReadOnlyList<AssemblyImage> Dependencies { get; init; } = [];
}
