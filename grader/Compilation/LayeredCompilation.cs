using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// Compiles a kata in layers. The given library and the test support are compiled once per
/// compiler and referenced by every kata (so a Matrix is the same type in every layer, and a
/// worker loads them once). Each run of consecutive learner steps in one language becomes an
/// assembly referencing the layers before it, so an F# step can call the C# steps before it and
/// the other way round; the kata's tests go last, together with the final run when it is C#
/// (for an all-C# kata: one assembly of the learner's files and the tests).
/// </summary>
public sealed class LayeredCompilation
{
    /// <summary>The given library's assembly name, as the kata projects build it.</summary>
    public const string GivenAssemblyName = "NeuralKatas.Given";

    /// <summary>The test support's assembly name, as the kata projects build it.</summary>
    public const string TestSupportAssemblyName = "NeuralKatas.TestSupport";

    private readonly Lazy<AssemblyImage> given;
    private readonly Lazy<AssemblyImage> testSupport;

    /// <summary>Layers over a course library; the test support is the part in the NeuralKatas.Testing namespace.</summary>
    public LayeredCompilation(ImmutableArray<SyntaxTree> libraryTrees)
    {
        given = new(() => Library(GivenAssemblyName, [.. libraryTrees.Where(tree => !IsTestSupport(tree))], []));
        testSupport = new(() => Library(TestSupportAssemblyName, [.. libraryTrees.Where(IsTestSupport)], [given.Value]));
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

        layers.Insert(1, testSupport.Value);
        var learnerTrees = finalCSharp.Select(KataCompiler.Parse).ToList();
        var (tests, testErrors, testFindings) = KataCompiler.Emit(assemblyName, [.. learnerTrees, .. testTrees], learnerTrees, References(layers));
        return tests is null
            ? Failed(testErrors)
            : new CompiledKata(tests, [], [], [.. findings, .. testFindings]) { Dependencies = layers };
    }

    private static AssemblyImage Library(string name, IReadOnlyList<SyntaxTree> trees, IReadOnlyList<AssemblyImage> references)
    {
        var (image, errors, _) = KataCompiler.Emit(name, trees, [], References(references));
        return image is null
            ? throw new InvalidOperationException($"The course library {name} does not compile: {string.Join("; ", errors)}")
            : new AssemblyImage(name, image) { Shared = true };
    }

    private static (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors, IReadOnlyList<CompileDiagnostic> Findings) Compiled(
        (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors) fsharp) => (fsharp.Image, fsharp.Errors, []);

    private static (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors, IReadOnlyList<CompileDiagnostic> Findings) CompileCSharp(
        string name, IReadOnlyList<SourceFile> files, IReadOnlyList<AssemblyImage> layers)
    {
        var trees = files.Select(KataCompiler.Parse).ToList();
        return KataCompiler.Emit(name, trees, trees, References(layers));
    }

    // Metadata references are cached per image: reading an image's metadata is a real share of a
    // small compile, and the library's images are the same for every kata.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], MetadataReference> Metadata = [];

    private static List<MetadataReference> References(IEnumerable<AssemblyImage> layers) =>
        [.. layers.Select(layer => Metadata.GetValue(layer.Image, image => MetadataReference.CreateFromImage(image)))];

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
