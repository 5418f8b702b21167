using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Tests.Compilation;

/// <summary>
/// Learner code compiled the way a kata is: beside the given library and the test support, with a
/// kata project's implicit usings, against the runtime's reference assemblies.
/// </summary>
public static class LearnerCompilation
{
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly Lazy<IReadOnlyList<SyntaxTree>> LibraryTrees = new(() =>
        [
            .. CourseSources.Library(RepositoryRoot.Course).Select(Parse),
            CSharpSyntaxTree.ParseText(KataCompiler.GlobalUsings, ParseOptions, "GlobalUsings.g.cs"),
        ]);

    /// <summary>What the check finds in one learner file holding <paramref name="code"/>.</summary>
    public static IReadOnlyList<CompileDiagnostic> Check(string code, string displayPath = "katas/01-sigmoid/Activation.cs") =>
        Check([new SourceFile(displayPath, code)]);

    /// <summary>What the check finds in these learner files, compiled together.</summary>
    public static IReadOnlyList<CompileDiagnostic> Check(IEnumerable<SourceFile> learnerFiles)
    {
        var learnerTrees = learnerFiles.Select(Parse).ToList();
        var compilation = CSharpCompilation.Create(
            "Learner",
            [.. LibraryTrees.Value, .. learnerTrees],
            ReferenceAssemblies.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return ForbiddenApiCheck.Find(compilation, learnerTrees);
    }

    private static SyntaxTree Parse(SourceFile source) =>
        CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.DisplayPath, System.Text.Encoding.UTF8);
}
