using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// Compiles a kata in memory with Roslyn (and F# steps with the F# compiler): the learner's files
/// and the kata's tests become an assembly image that references the course library (the given
/// code and the test support), compiled once per compiler; see <see cref="LayeredCompilation"/>.
/// No MSBuild, no project files.
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

    /// <summary>The usings a kata project gets from ImplicitUsings, plus NUnit for the tests.</summary>
    internal const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using NUnit.Framework;
        """;

    // The PDB goes inside the image, so a kata loaded from bytes still has file and line in its
    // stack traces (the learner's line is the deepest frame in their file), with nothing more to carry.
    private static readonly Microsoft.CodeAnalysis.Emit.EmitOptions EmbeddedPdb = new(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.Embedded);

    private static readonly SyntaxTree GlobalUsingsTree = CSharpSyntaxTree.ParseText(GlobalUsings, ParseOptions, "GlobalUsings.g.cs", System.Text.Encoding.UTF8);

    private readonly LayeredCompilation layered;

    /// <summary>A compiler for a course whose library (the given code and the test support) is <paramref name="librarySources"/>.</summary>
    public KataCompiler(IEnumerable<SourceFile> librarySources)
    {
        layered = new LayeredCompilation([.. librarySources.Select(Parse)]);
    }

    /// <summary>Compiles one kata whose learner files are all C#. Errors are reported against the file and line where they are.</summary>
    public CompiledKata Compile(string assemblyName, IReadOnlyList<SourceFile> learnerSources, IReadOnlyList<SourceFile> testSources) =>
        CompileSteps(assemblyName, [new LearnerStep(Course.KataLanguage.CSharp, learnerSources)], testSources);

    /// <summary>Compiles one kata whose steps may be in C# or F#.</summary>
    public CompiledKata CompileSteps(string assemblyName, IReadOnlyList<LearnerStep> steps, IReadOnlyList<SourceFile> testSources)
    {
        var testTrees = testSources.Select(Parse).ToList();
        return layered.Compile(assemblyName, steps, testTrees) with { TestLocations = TestLocations(testTrees) };
    }

    /// <summary>Parses a C# file for a kata compile.</summary>
    internal static SyntaxTree Parse(SourceFile source) =>
        CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.DisplayPath, System.Text.Encoding.UTF8);

    /// <summary>Compiles C# trees (plus the implicit usings) to an image, with errors and the learner trees' findings.</summary>
    internal static (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors, IReadOnlyList<CompileDiagnostic> Findings) Emit(
        string assemblyName, IReadOnlyList<SyntaxTree> trees, IReadOnlyList<SyntaxTree> learnerTrees, IReadOnlyList<MetadataReference> extraReferences)
    {
        // Learner code is compiled without optimisation: optimised IL maps a failing call to the
        // statement before it, and the line a learner is sent to must be the one that failed. The hot
        // loops are the given library's, which stays optimised.
        var options = learnerTrees.Count > 0 ? CompilationOptions.WithOptimizationLevel(OptimizationLevel.Debug) : CompilationOptions;
        var compilation = CSharpCompilation.Create(assemblyName, [.. trees, GlobalUsingsTree], [.. ReferenceAssemblies.All, .. extraReferences], options);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, options: EmbeddedPdb);
        var errors = emitted.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(ToCompileDiagnostic)
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        var findings = emitted.Success ? ForbiddenApiCheck.Find(compilation, learnerTrees) : [];
        return (emitted.Success ? image.ToArray() : null, errors, findings);
    }

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

    private static List<TestLocation> TestLocations(IEnumerable<SyntaxTree> testTrees) =>
        testTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
                .Where(method => method.Parent is ClassDeclarationSyntax)
                .Select(method => new TestLocation(
                    FullName((ClassDeclarationSyntax)method.Parent!),
                    method.Identifier.ValueText,
                    tree.FilePath,
                    method.Identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1)))
            .ToList();

    private static string FullName(ClassDeclarationSyntax type)
    {
        var names = new List<string> { type.Identifier.ValueText };
        for (var node = type.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ClassDeclarationSyntax outer:
                    names.Insert(0, outer.Identifier.ValueText);
                    break;
                case BaseNamespaceDeclarationSyntax space:
                    names.Insert(0, space.Name.ToString());
                    break;
            }
        }

        return string.Join('.', names);
    }
}
