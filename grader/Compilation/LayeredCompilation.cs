using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// Compiles a kata whose steps mix C# and F#. Each run of consecutive steps in one language
/// becomes an assembly that references the given library and the runs before it, so an F#
/// step can call the C# steps before it and the other way round; the tests and the test
/// support go last, with the final run when it is C#. Everything compiles against one copy of
/// the given library, compiled once per compiler, so a Matrix is the same type in every layer.
/// </summary>
public sealed class LayeredCompilation
{
    /// <summary>The given library's assembly name, as the kata projects build it.</summary>
    public const string GivenAssemblyName = "NeuralKatas.Given";

    private readonly ImmutableArray<SyntaxTree> givenTrees;
    private readonly ImmutableArray<SyntaxTree> testSupportTrees;
    private readonly Lazy<AssemblyImage> given;

    /// <summary>Layers over a course library; the test support is the part in the NeuralKatas.Testing namespace.</summary>
    public LayeredCompilation(ImmutableArray<SyntaxTree> libraryTrees)
    {
        testSupportTrees = [.. libraryTrees.Where(IsTestSupport)];
        givenTrees = [.. libraryTrees.Where(tree => !IsTestSupport(tree))];
        given = new Lazy<AssemblyImage>(() =>
        {
            var (image, errors, _) = KataCompiler.Emit(GivenAssemblyName, givenTrees, [], []);
            return image is null
                ? throw new InvalidOperationException($"The given library does not compile: {string.Join("; ", errors)}")
                : new AssemblyImage(GivenAssemblyName, image);
        });
    }

    /// <summary>Compiles the layers; TestLocations are left to the caller.</summary>
    public CompiledKata Compile(string assemblyName, IReadOnlyList<LearnerStep> steps, IReadOnlyList<SyntaxTree> testTrees)
    {
        var layers = new List<AssemblyImage> { given.Value };
        var findings = new List<CompileDiagnostic>();
        var runs = Runs(steps);
        var finalCSharp = runs[^1].Language == KataLanguage.CSharp ? runs[^1].Files : [];

        foreach (var (run, index) in runs.Take(finalCSharp.Count > 0 ? runs.Count - 1 : runs.Count).Select((run, index) => (run, index)))
        {
            var name = $"{assemblyName}.Part{index + 1}";
            var (image, errors, runFindings) = run.Language == KataLanguage.FSharp
                ? Compiled(FSharpCompiler.Compile(name, run.Files, [.. layers.Select(layer => (layer.Name + ".dll", layer.Image))]))
                : CompileCSharp(name, run.Files, layers);
            if (image is null)
            {
                return Failed(errors);
            }

            findings.AddRange(runFindings);
            layers.Add(new AssemblyImage(name, image));
        }

        var learnerTrees = finalCSharp.Select(KataCompiler.Parse).ToList();
        var (tests, testErrors, testFindings) = KataCompiler.Emit(
            assemblyName, [.. testSupportTrees, .. learnerTrees, .. testTrees], learnerTrees, References(layers));
        return tests is null
            ? Failed(testErrors)
            : new CompiledKata(tests, [], [], [.. findings, .. testFindings]) { Dependencies = layers };
    }

    private static (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors, IReadOnlyList<CompileDiagnostic> Findings) Compiled(
        (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors) fsharp) => (fsharp.Image, fsharp.Errors, []);

    private static (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors, IReadOnlyList<CompileDiagnostic> Findings) CompileCSharp(
        string name, IReadOnlyList<SourceFile> files, IReadOnlyList<AssemblyImage> layers)
    {
        var trees = files.Select(KataCompiler.Parse).ToList();
        return KataCompiler.Emit(name, trees, trees, References(layers));
    }

    private static List<MetadataReference> References(IEnumerable<AssemblyImage> layers) =>
        [.. layers.Select(layer => MetadataReference.CreateFromImage(layer.Image))];

    private static CompiledKata Failed(IReadOnlyList<CompileDiagnostic> errors) => new(null, errors, [], []);

    private static List<LearnerStep> Runs(IReadOnlyList<LearnerStep> steps)
    {
        var runs = new List<LearnerStep>();
        foreach (var step in steps)
        {
            if (runs.Count > 0 && runs[^1].Language == step.Language)
            {
                runs[^1] = runs[^1] with { Files = [.. runs[^1].Files, .. step.Files] };
            }
            else
            {
                runs.Add(step);
            }
        }

        return runs;
    }

    private static bool IsTestSupport(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax>()
            .Any(space => space.Name.ToString().StartsWith("NeuralKatas.Testing", StringComparison.Ordinal));
}
