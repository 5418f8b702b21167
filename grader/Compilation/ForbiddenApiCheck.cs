using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// Finds uses, in learner code, of APIs a kata has no business using: files, processes,
/// reflection, interop, unsafe code, the network, assembly loading, ending the process, threads
/// and the tests' own reference code. It reads the semantic model, so aliases and
/// fully-qualified names are caught. An integrity aid that explains itself to the learner, not a
/// security boundary: the worker process that runs the tests is that.
/// </summary>
public static class ForbiddenApiCheck
{
    /// <summary>
    /// Each forbidden use in <paramref name="learnerTrees"/> (trees of <paramref name="compilation"/>),
    /// at the learner's file, line and column, at most one per rule per line, in file and line order.
    /// </summary>
    public static IReadOnlyList<CompileDiagnostic> Find(CSharpCompilation compilation, IEnumerable<SyntaxTree> learnerTrees)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(learnerTrees);

        return learnerTrees
            .SelectMany(tree => Uses(compilation.GetSemanticModel(tree)))
            .Select(found => ToDiagnostic(found.Node, found.Use))
            .DistinctBy(diagnostic => (diagnostic.File, diagnostic.Line, diagnostic.Id))
            .OrderBy(diagnostic => diagnostic.File, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Line)
            .ThenBy(diagnostic => diagnostic.Column)
            .ToList();
    }

    private static IEnumerable<(SyntaxNodeOrToken Node, ForbiddenUse Use)> Uses(SemanticModel model)
    {
        var root = model.SyntaxTree.GetRoot();
        foreach (var token in root.DescendantTokens())
        {
            var use = UnsafeOrExtern(token);
            if (use is not null)
            {
                yield return (token, use);
            }
        }

        foreach (var node in root.DescendantNodes())
        {
            var use = node switch
            {
                PointerTypeSyntax => new ForbiddenUse(ForbiddenApiRule.UnsafeCode, "A pointer type"),
                FixedStatementSyntax => new ForbiddenUse(ForbiddenApiRule.UnsafeCode, "A fixed statement"),
                FunctionPointerTypeSyntax => new ForbiddenUse(ForbiddenApiRule.Interop, "A function pointer"),
                SimpleNameSyntax name when IsUse(name) => Classify(model, name),
                _ => null,
            };
            if (use is not null)
            {
                yield return (node, use);
            }
        }
    }

    private static ForbiddenUse? UnsafeOrExtern(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.UnsafeKeyword when token.Parent is UnsafeStatementSyntax =>
            new ForbiddenUse(ForbiddenApiRule.UnsafeCode, "An unsafe block"),
        SyntaxKind.UnsafeKeyword => new ForbiddenUse(ForbiddenApiRule.UnsafeCode, "The unsafe modifier"),

        // An extern method's body is native code; "extern alias" is only a way to name an assembly.
        SyntaxKind.ExternKeyword when token.Parent is MethodDeclarationSyntax or LocalFunctionStatementSyntax =>
            new ForbiddenUse(ForbiddenApiRule.Interop, "An extern method"),
        _ => null,
    };

    // A using directive only brings names into scope; what counts is code that uses them.
    // `var` names whatever type the right-hand side has, already reported there.
    private static bool IsUse(SimpleNameSyntax name) =>
        !name.Ancestors().Any(ancestor => ancestor is UsingDirectiveSyntax)
        && !(name is IdentifierNameSyntax identifier && identifier.IsVar)
        && !IsInsideNameOf(name);

    private static bool IsInsideNameOf(SyntaxNode node) =>
        node.Ancestors().OfType<InvocationExpressionSyntax>()
            .Any(call => call.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });

    private static ForbiddenUse? Classify(SemanticModel model, SimpleNameSyntax name)
    {
        var info = model.GetSymbolInfo(name);

        // Code that does not compile still says what it reached for: judge the compiler's best guess.
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        return symbol is null ? null : ForbiddenSymbols.Classify(symbol);
    }

    private static CompileDiagnostic ToDiagnostic(SyntaxNodeOrToken node, ForbiddenUse use)
    {
        // The unmapped span: a #line directive in learner code must not move the finding.
        var span = node.GetLocation()!.GetLineSpan();
        return new CompileDiagnostic(
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            use.Rule.Id,
            use.Message);
    }
}
