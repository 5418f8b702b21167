using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// The tests that count, read with Roslyn from the course's test sources (and the instructor's
/// hidden ones): the methods carrying [Test], [TestCase] or [TestCaseSource] in classes carrying
/// [TestFixture]. Read from syntax, so nothing a submission compiles can add to it.
/// </summary>
public static class CourseTestList
{
    private static readonly HashSet<string> TestAttributes = new(StringComparer.Ordinal) { "Test", "TestCase", "TestCaseSource" };

    /// <summary>Every test declared in <paramref name="testTrees"/>, in file and line order.</summary>
    public static IReadOnlyList<TestLocation> Find(IEnumerable<SyntaxTree> testTrees) =>
        testTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
                .Where(method => method.Parent is ClassDeclarationSyntax fixture && Carries(fixture.AttributeLists, "TestFixture")
                    && TestAttributes.Any(name => Carries(method.AttributeLists, name)))
                .Select(method => new TestLocation(
                    FullName((ClassDeclarationSyntax)method.Parent!),
                    method.Identifier.ValueText,
                    tree.FilePath,
                    method.Identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1)))
            .ToList();

    private static bool Carries(SyntaxList<AttributeListSyntax> lists, string name) =>
        lists.SelectMany(list => list.Attributes).Any(attribute => SimpleName(attribute.Name) is var simple && (simple == name || simple == name + "Attribute"));

    private static string SimpleName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => name.ToString(),
    };

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
