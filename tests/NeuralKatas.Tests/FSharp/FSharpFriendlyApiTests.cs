using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Tests.FSharp;

/// <summary>
/// The API an F# learner implements and calls must be one F# can write and call plainly: no
/// overloads, no optional, params, out or ref parameters, no extension-method-only entry points.
/// </summary>
[TestFixture]
public sealed class FSharpFriendlyApiTests
{
    private static readonly Lazy<(CSharpCompilation Compilation, List<SyntaxTree> KataTrees, List<SyntaxTree> GivenTrees)> Api = new(() =>
    {
        var course = RepositoryRoot.Course;
        SyntaxTree Parse(SourceFile file) => CSharpSyntaxTree.ParseText(file.Text, path: file.DisplayPath);
        var given = CourseSources.Library(course).Where(f => f.DisplayPath.Contains("/Given/", StringComparison.Ordinal)).Select(Parse).ToList();
        var katas = course.Manifest.Katas.SelectMany(k => CourseSources.StepFiles(k, course.SolutionsDirectory, KataLanguage.CSharp)).Select(Parse).ToList();
        var usings = CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic; global using System.Linq;");
        var compilation = CSharpCompilation.Create("Api", [.. given, .. katas, usings], ReferenceAssemblies.Tests, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return (compilation, katas, given);
    });

    [Test]
    public void The_kata_API_compiles()
    {
        var errors = Api.Value.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Kata_classes_have_no_overloads_and_only_plain_parameters()
    {
        var methods = PublicMethods(Api.Value.KataTrees).ToList();

        Assert.That(methods, Is.Not.Empty);
        Assert.That(Overloaded(methods), Is.Empty, "An F# module cannot declare two functions with one name.");
        Assert.That(methods.Where(HasUnplainParameter).Select(Describe), Is.Empty, "F# writes out, ref, optional and params parameters awkwardly.");
        Assert.That(methods.Where(m => m.IsExtensionMethod).Select(Describe), Is.Empty, "F# calls extension methods only in limited ways.");
    }

    [Test]
    public void The_given_library_has_no_overloads_and_only_plain_parameters()
    {
        var methods = PublicMethods(Api.Value.GivenTrees).Where(m => m.MethodKind is MethodKind.Ordinary or MethodKind.Constructor).ToList();

        Assert.That(Overloaded(methods.Where(m => m.MethodKind == MethodKind.Ordinary && m.Name is not ("Equals" or "ToString" or "GetHashCode"))), Is.Empty);
        Assert.That(methods.Where(HasUnplainParameter).Select(Describe), Is.Empty);
        Assert.That(methods.Where(m => m.IsExtensionMethod).Select(Describe), Is.Empty);
    }

    // A partial type is declared in several files; each type counts once.
    private static IEnumerable<IMethodSymbol> PublicMethods(IEnumerable<SyntaxTree> trees) =>
        trees
            .SelectMany(tree =>
            {
                var model = Api.Value.Compilation.GetSemanticModel(tree);
                return tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>()
                    .Select(type => model.GetDeclaredSymbol(type))
                    .OfType<INamedTypeSymbol>();
            })
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default)
            .Where(type => type.DeclaredAccessibility == Accessibility.Public)
            .SelectMany(type => type.GetMembers().OfType<IMethodSymbol>())
            .Where(method => method.DeclaredAccessibility == Accessibility.Public && !method.IsImplicitlyDeclared
                && method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor);

    private static IEnumerable<string> Overloaded(IEnumerable<IMethodSymbol> methods) =>
        methods.GroupBy(m => (m.ContainingType.Name, m.Name)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Item1}.{g.Key.Item2}");

    private static bool HasUnplainParameter(IMethodSymbol method) =>
        method.Parameters.Any(p => p.RefKind != RefKind.None || p.IsOptional || p.IsParams);

    private static string Describe(IMethodSymbol method) => method.ToDisplayString();
}
