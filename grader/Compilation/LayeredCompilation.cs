using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
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
/// learner wrote references the tests. The tests see only the declarations of the learner's
/// assemblies, so a kata's tests compiled once are used again for every edit that changes no
/// declaration (the usual edit: a method's body): most of a compile's time is its tests.
/// </summary>
public sealed class LayeredCompilation
{
    /// <summary>The given library's assembly name, as the kata projects build it.</summary>
    public const string GivenAssemblyName = "NeuralKatas.Given";

    /// <summary>The test support's assembly name, as the kata projects build it.</summary>
    public const string TestSupportAssemblyName = "NeuralKatas.TestSupport";

    private const string TestSupportNamespace = "NeuralKatas.Testing";

    // Bounded: a batch grades many submissions, each mostly with the stubs' declarations.
    private const int MaxCompiledTests = 64;

    private readonly Lazy<AssemblyImage> given;
    private readonly Lazy<AssemblyImage> testSupport;
    private readonly IReadOnlySet<string> reservedTypeNames;
    private readonly ConcurrentDictionary<string, (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors)> compiledTests = new(StringComparer.Ordinal);

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
        var surfaces = new List<byte[]> { given.Value.Image };
        foreach (var (run, index) in Runs(steps).Select((run, index) => (run, index)))
        {
            var name = $"{assemblyName}.Part{index + 1}";
            var boundary = new LearnerBoundary(AllowList.Default, layers.Select(layer => layer.Name).ToHashSet(StringComparer.Ordinal), reservedTypeNames);
            var (image, surface, errors) = run.Language == KataLanguage.FSharp
                ? FSharpPart(name, run, layers, boundary)
                : KataCompiler.EmitLearner(name, [.. run.Files.Select(KataCompiler.Parse)], References(layers), boundary);
            if (image is null)
            {
                return Failed(errors);
            }

            layers.Add(new AssemblyImage(name, image));
            surfaces.Add(surface!);
        }

        layers.Insert(1, testSupport.Value);
        surfaces.Insert(1, testSupport.Value.Image);
        var (tests, testErrors) = Tests(assemblyName, testTrees, layers, surfaces);
        return tests is null ? Failed(testErrors) : new CompiledKata(tests, [], []) { Dependencies = layers };
    }

    // An F# part's image stands for its declarations too: its tests are compiled again at each edit.
    private static (byte[]? Image, byte[]? Surface, IReadOnlyList<CompileDiagnostic> Errors) FSharpPart(string name, LearnerStep run, List<AssemblyImage> layers, LearnerBoundary boundary)
    {
        var (image, errors) = FSharpCompiler.Compile(name, run.Files, [.. layers.Select(layer => (layer.Name + ".dll", layer.Image))], boundary);
        return (image, image, errors);
    }

    // The tests' assembly, compiled now or earlier over the same tests and the same declarations
    // (compiling is deterministic, and its outcome depends on nothing else).
    private (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors) Tests(string assemblyName, IReadOnlyList<SyntaxTree> testTrees, List<AssemblyImage> layers, List<byte[]> surfaces)
    {
        using var key = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { assemblyName }.Concat(testTrees.SelectMany(tree => new[] { tree.FilePath, tree.ToString() })).Concat(layers.Select(layer => layer.Name)))
        {
            key.AppendData(System.Text.Encoding.UTF8.GetBytes(part + "\0"));
        }

        foreach (var surface in surfaces)
        {
            key.AppendData(SHA256.HashData(surface));
        }

        var found = Convert.ToHexString(key.GetHashAndReset());
        if (compiledTests.TryGetValue(found, out var compiled))
        {
            return compiled;
        }

        compiled = KataCompiler.EmitTests(assemblyName, testTrees, References(layers));
        if (compiledTests.Count >= MaxCompiledTests)
        {
            compiledTests.Clear();
        }

        compiledTests[found] = compiled;
        return compiled;
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
