using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// Compiles a kata in memory with Roslyn: the learner's files, the kata's tests and the course
/// library (the given code and the test support) become one assembly image. No MSBuild, no
/// files written. The library is parsed once per compiler and shared by every compile.
/// </summary>
public sealed class KataCompiler
{
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true);

    // The usings a kata project gets from ImplicitUsings, plus NUnit for the tests.
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using NUnit.Framework;
        """;

    private readonly ImmutableArray<SyntaxTree> libraryTrees;

    /// <summary>A compiler for a course whose library is <paramref name="librarySources"/>.</summary>
    public KataCompiler(IEnumerable<SourceFile> librarySources)
    {
        libraryTrees = [.. librarySources.Select(Parse), CSharpSyntaxTree.ParseText(GlobalUsings, ParseOptions, "GlobalUsings.g.cs")];
    }

    /// <summary>Compiles one kata. Errors are reported against the file and line where they are.</summary>
    public CompiledKata Compile(string assemblyName, IReadOnlyList<SourceFile> learnerSources, IReadOnlyList<SourceFile> testSources)
    {
        var testTrees = testSources.Select(Parse).ToList();
        var learnerTrees = learnerSources.Select(Parse).ToList();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [.. libraryTrees, .. learnerTrees, .. testTrees],
            ReferenceAssemblies.All,
            CompilationOptions);

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(ToCompileDiagnostic)
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        var findings = emitted.Success ? ForbiddenApiCheck.Find(compilation, learnerTrees) : [];
        return new CompiledKata(emitted.Success ? image.ToArray() : null, errors, TestLocations(testTrees), findings);
    }

    private static SyntaxTree Parse(SourceFile source) =>
        CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.DisplayPath, System.Text.Encoding.UTF8);

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
