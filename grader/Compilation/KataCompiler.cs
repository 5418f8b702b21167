using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// Compiles a kata in memory with Roslyn (and F# steps with the F# compiler): the learner's files
/// become assemblies of their own, checked by the allow-list gate and referencing only the
/// runtime and the given library; the kata's tests become the assembly that references them and
/// the test support (see <see cref="LayeredCompilation"/>). No MSBuild, no project files.
/// </summary>
public sealed class KataCompiler
{
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true,

        // The pipeline compiles katas side by side already; Roslyn's own parallelism nested inside
        // starved the thread pool (measured: stalls of 1.5 s on a cold start).
        concurrentBuild: false);

    /// <summary>The usings a kata project gets from ImplicitUsings: what learner files compile with.</summary>
    internal const string LearnerUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The learner's usings plus NUnit's, as a kata project gives its tests.</summary>
    internal const string TestUsings = LearnerUsings + "\nglobal using NUnit.Framework;\n";

    private static readonly SyntaxTree LearnerUsingsTree = CSharpSyntaxTree.ParseText(LearnerUsings, ParseOptions, "LearnerUsings.g.cs", System.Text.Encoding.UTF8);

    private static readonly SyntaxTree TestUsingsTree = CSharpSyntaxTree.ParseText(TestUsings, ParseOptions, "TestUsings.g.cs", System.Text.Encoding.UTF8);

    // The PDB goes inside the image, so a kata loaded from bytes still has file and line in its
    // stack traces (the learner's line is the deepest frame in their file), with nothing more to carry.
    private static readonly Microsoft.CodeAnalysis.Emit.EmitOptions EmbeddedPdb = new(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.Embedded);

    private readonly LayeredCompilation layered;

    /// <summary>A compiler for a course whose library (the given code and the test support) is <paramref name="librarySources"/>.</summary>
    public KataCompiler(IEnumerable<SourceFile> librarySources)
    {
        layered = new LayeredCompilation([.. librarySources.Select(Parse)]);
    }

    /// <summary>Compiles one kata whose learner files are all C#. Errors are reported against the file and line where they are.</summary>
    public CompiledKata Compile(string assemblyName, IReadOnlyList<SourceFile> learnerSources, IReadOnlyList<SourceFile> testSources) =>
        CompileSteps(assemblyName, [new LearnerStep(Course.KataLanguage.CSharp, learnerSources)], testSources);

    /// <summary>
    /// Compiles one kata whose steps may be in C# or F#. <paramref name="testSources"/> are the
    /// course's tests (and the instructor's hidden ones): the tests that count are read from them.
    /// </summary>
    public CompiledKata CompileSteps(string assemblyName, IReadOnlyList<LearnerStep> steps, IReadOnlyList<SourceFile> testSources)
    {
        var testTrees = testSources.Select(Parse).ToList();
        return layered.Compile(assemblyName, steps, testTrees) with { TestLocations = CourseTestList.Find(testTrees) };
    }

    /// <summary>Parses a C# file for a kata compile.</summary>
    internal static SyntaxTree Parse(SourceFile source) =>
        CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.DisplayPath, System.Text.Encoding.UTF8);

    /// <summary>
    /// Compiles learner trees against the runtime and <paramref name="references"/>, through the
    /// compile gate. <c>Surface</c> is the reference assembly beside the image: only what other
    /// assemblies can see of it, the same for every edit that changes no declaration.
    /// </summary>
    internal static (byte[]? Image, byte[]? Surface, IReadOnlyList<CompileDiagnostic> Errors) EmitLearner(
        string assemblyName, IReadOnlyList<SyntaxTree> trees, IReadOnlyList<MetadataReference> references, LearnerBoundary boundary)
    {
        // Learner code is compiled without optimisation: optimised IL maps a failing call to the
        // statement before it, and the line a learner is sent to must be the one that failed. The hot
        // loops are the given library's, which stays optimised.
        var compilation = Create(assemblyName, [.. trees, LearnerUsingsTree], [.. ReferenceAssemblies.Runtime, .. references])
            .WithOptions(CompilationOptions.WithOptimizationLevel(OptimizationLevel.Debug));
        var refused = CSharpGate.Check(compilation, trees, boundary);
        if (refused.Count > 0)
        {
            return (null, null, Sorted([.. Errors(compilation.GetDiagnostics()), .. refused]));
        }

        using var image = new MemoryStream();
        using var surface = new MemoryStream();
        var emitted = compilation.Emit(image, metadataPEStream: surface, options: EmbeddedPdb.WithIncludePrivateMembers(false));
        return emitted.Success ? (image.ToArray(), surface.ToArray(), []) : (null, null, Errors(emitted.Diagnostics));
    }

    /// <summary>Compiles test (or test support) trees against the runtime, NUnit and <paramref name="references"/>.</summary>
    internal static (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors) EmitTests(
        string assemblyName, IReadOnlyList<SyntaxTree> trees, IReadOnlyList<MetadataReference> references) =>
        Emit(Create(assemblyName, [.. trees, TestUsingsTree], [.. ReferenceAssemblies.Tests, .. references]));

    /// <summary>Compiles the given library, which sees the runtime only.</summary>
    internal static (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors) EmitGiven(string assemblyName, IReadOnlyList<SyntaxTree> trees) =>
        Emit(Create(assemblyName, [.. trees, LearnerUsingsTree], ReferenceAssemblies.Runtime));

    private static CSharpCompilation Create(string assemblyName, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references) =>
        CSharpCompilation.Create(assemblyName, trees, references, CompilationOptions);

    private static (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors) Emit(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, options: EmbeddedPdb);
        return (emitted.Success ? image.ToArray() : null, Errors(emitted.Diagnostics));
    }

    private static List<CompileDiagnostic> Errors(IEnumerable<Diagnostic> diagnostics) =>
        Sorted(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(ToCompileDiagnostic));

    private static List<CompileDiagnostic> Sorted(IEnumerable<CompileDiagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];

    private static CompileDiagnostic ToCompileDiagnostic(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        return new CompileDiagnostic(
            span.IsValid ? span.Path : "(no file)",
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            diagnostic.Id,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
