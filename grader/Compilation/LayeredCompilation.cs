using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// Compiles a kata in layers. The given library and the test support are compiled once per
/// compiler and referenced by every kata (so a Matrix is the same type in every layer, and a
/// worker loads them once). Each run of consecutive learner steps in one language becomes an
/// assembly of its own, checked by the compile gate, that references the runtime, the given
/// library (F#: and FSharp.Core) and the learner's runs before it: never NUnit, never the test
/// support. The kata's tests go last, in an assembly that references all of them; nothing the
/// learner wrote references the tests.
/// </summary>
public sealed class LayeredCompilation
{
    /// <summary>The given library's assembly name, as the kata projects build it.</summary>
    public const string GivenAssemblyName = "NeuralKatas.Given";

    /// <summary>The test support's assembly name, as the kata projects build it.</summary>
    public const string TestSupportAssemblyName = "NeuralKatas.TestSupport";

    private const string TestSupportNamespace = "NeuralKatas.Testing";

    private readonly Lazy<AssemblyImage> given;
    private readonly Lazy<AssemblyImage> testSupport;
    private readonly IReadOnlySet<string> reservedTypeNames;

    /// <summary>Layers over a course library; the test support is the part in the NeuralKatas.Testing namespace (and its NUnit usings).</summary>
    public LayeredCompilation(ImmutableArray<SyntaxTree> libraryTrees)
    {
        given = new(() => Library(GivenAssemblyName, KataCompiler.EmitGiven(GivenAssemblyName, [.. libraryTrees.Where(tree => !IsTestSupport(tree))])));
        testSupport = new(() => Library(TestSupportAssemblyName, KataCompiler.EmitTests(TestSupportAssemblyName, [.. libraryTrees.Where(IsTestSupport)], References([given.Value]))));
        reservedTypeNames = libraryTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes())
            .Select(node => node switch
            {
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
                _ => null,
            })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Compiles the layers; TestLocations are left to the caller.</summary>
    public CompiledKata Compile(string assemblyName, IReadOnlyList<LearnerStep> steps, IReadOnlyList<SyntaxTree> testTrees)
    {
        var layers = new List<AssemblyImage> { given.Value };
        foreach (var (run, index) in Runs(steps).Select((run, index) => (run, index)))
        {
            var name = $"{assemblyName}.Part{index + 1}";
            var boundary = new LearnerBoundary(AllowList.Default, layers.Select(layer => layer.Name).ToHashSet(StringComparer.Ordinal), reservedTypeNames);
            var (image, errors) = run.Language == KataLanguage.FSharp
                ? FSharpCompiler.Compile(name, run.Files, [.. layers.Select(layer => (layer.Name + ".dll", layer.Image))], boundary)
                : KataCompiler.EmitLearner(name, [.. run.Files.Select(KataCompiler.Parse)], References(layers), boundary);
            if (image is null)
            {
                return Failed(errors);
            }

            layers.Add(new AssemblyImage(name, image));
        }

        layers.Insert(1, testSupport.Value);
        var (tests, testErrors) = KataCompiler.EmitTests(assemblyName, testTrees, References(layers));
        return tests is null ? Failed(testErrors) : new CompiledKata(tests, [], []) { Dependencies = layers };
    }

    private static AssemblyImage Library(string name, (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors) compiled) =>
        compiled.Image is null
            ? throw new InvalidOperationException($"The course library {name} does not compile: {string.Join("; ", compiled.Errors)}")
            : new AssemblyImage(name, compiled.Image) { Shared = true };

    // Metadata references are cached per image: reading an image's metadata is a real share of a
    // small compile, and the library's images are the same for every kata.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], MetadataReference> Metadata = [];

    private static List<MetadataReference> References(IEnumerable<AssemblyImage> layers) =>
        [.. layers.Select(layer => Metadata.GetValue(layer.Image, image => MetadataReference.CreateFromImage(image)))];

    private static CompiledKata Failed(IReadOnlyList<CompileDiagnostic> errors) => new(null, errors, []);

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

    // The test support is what is declared in its namespace, and what brings NUnit in (its global using).
    private static bool IsTestSupport(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().Any(node => node switch
        {
            BaseNamespaceDeclarationSyntax space => space.Name.ToString().StartsWith(TestSupportNamespace, StringComparison.Ordinal),
            UsingDirectiveSyntax { Name: { } name } => name.ToString().StartsWith("NUnit", StringComparison.Ordinal),
            _ => false,
        });
}
