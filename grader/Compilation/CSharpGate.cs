using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// The allow-list compile gate for C#: every symbol a learner's syntax binds to (named or
/// implicit: foreach's enumerator, operators, conversions, constructors, attributes, extension
/// methods, the type of every expression) must be allowed, learner types live in the kata's
/// namespace under names of their own, and a few language features are refused outright.
/// Each refusal is a compile error at the learner's file, line and column.
/// </summary>
public static class CSharpGate
{
    /// <summary>The refusals in <paramref name="learnerTrees"/> (trees of <paramref name="compilation"/>), one per line and message, in file and line order.</summary>
    public static IReadOnlyList<CompileDiagnostic> Check(CSharpCompilation compilation, IEnumerable<SyntaxTree> learnerTrees, LearnerBoundary boundary)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(learnerTrees);
        ArgumentNullException.ThrowIfNull(boundary);

        var symbols = new CSharpSymbols(boundary, compilation.Assembly);
        return learnerTrees
            .SelectMany(tree => Refusals(compilation.GetSemanticModel(tree), symbols, boundary))
            .Select(found => At(found.Place, found.Refusal))
            .DistinctBy(diagnostic => (diagnostic.File, diagnostic.Line, diagnostic.Message))
            .OrderBy(diagnostic => diagnostic.File, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Line)
            .ThenBy(diagnostic => diagnostic.Column)
            .ToList();
    }

    private static IEnumerable<(SyntaxNodeOrToken Place, Refusal Refusal)> Refusals(SemanticModel model, CSharpSymbols symbols, LearnerBoundary boundary)
    {
        var root = model.SyntaxTree.GetRoot();
        foreach (var token in root.DescendantTokens())
        {
            if (Feature(token) is { } message)
            {
                yield return (token, Refusal.Feature(message));
            }
        }

        foreach (var node in root.DescendantNodes(descendIntoChildren: node => node is not (UsingDirectiveSyntax or AttributeListSyntax) && !IsNameOf(node)))
        {
            foreach (var refusal in Judge(model, symbols, boundary, node).OfType<Refusal>())
            {
                yield return (node, refusal);
            }

            if (model.GetOperation(node) is { Parent: null } operation)
            {
                foreach (var found in CSharpOperations.Refusals(operation, symbols))
                {
                    yield return (found.Node, found.Refusal);
                }
            }
        }
    }

    private static IEnumerable<Refusal?> Judge(SemanticModel model, CSharpSymbols symbols, LearnerBoundary boundary, SyntaxNode node)
    {
        switch (node)
        {
            case AttributeListSyntax list:
                foreach (var attribute in list.Attributes)
                {
                    var type = model.GetTypeInfo(attribute).Type;
                    var name = type?.ToDisplayString() ?? attribute.Name.ToString();
                    yield return type is not null && boundary.List.AllowsAttribute(name) ? null : Refusal.Feature(GateMessages.AttributeNamed(name));
                }

                yield break;
            case UsingDirectiveSyntax:
                yield break;
            case PointerTypeSyntax:
                yield return Refusal.Feature(GateMessages.Pointer);
                yield break;
            case FunctionPointerTypeSyntax:
                yield return Refusal.Feature(GateMessages.FunctionPointer);
                yield break;
            case DestructorDeclarationSyntax:
                yield return Refusal.Feature(GateMessages.Finalizer);
                break;
            case LockStatementSyntax:
                yield return Refusal.Feature(GateMessages.Lock);
                break;
            case AwaitExpressionSyntax:
                yield return Refusal.Feature(GateMessages.Async);
                break;
            case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                yield return Declared(model.GetDeclaredSymbol(node) as INamedTypeSymbol, boundary);
                break;
            case ForEachStatementSyntax loop:
                var info = model.GetForEachStatementInfo(loop);
                yield return symbols.Judge(info.GetEnumeratorMethod);
                yield return symbols.Judge(info.MoveNextMethod);
                yield return symbols.Judge(info.CurrentProperty);
                yield return symbols.Judge(info.DisposeMethod);
                yield return symbols.JudgeType(info.ElementType);
                break;
            case AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } deconstruction:
                yield return symbols.Judge(model.GetDeconstructionInfo(deconstruction).Method);
                break;
            case ExpressionSyntax expression when expression.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression }:
                yield return symbols.Judge(model.GetCollectionInitializerSymbolInfo(expression).Symbol);
                break;
        }

        var bound = model.GetSymbolInfo(node);

        // Code that does not compile still says what it reached for: judge the compiler's best guess.
        yield return symbols.Judge(bound.Symbol ?? bound.CandidateSymbols.FirstOrDefault());
        if (node is ExpressionSyntax)
        {
            var typed = model.GetTypeInfo(node);
            yield return symbols.JudgeType(typed.Type);
            yield return symbols.JudgeType(typed.ConvertedType);
        }
    }

    private static Refusal? Declared(INamedTypeSymbol? type, LearnerBoundary boundary)
    {
        if (type is null)
        {
            return null;
        }

        if (boundary.ReservedTypeNames.Contains(type.Name))
        {
            return new Refusal(Refusal.DeclarationId, GateMessages.Reserved(type.Name));
        }

        var space = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;
        return type.ContainingType is null && space != LearnerBoundary.LearnerNamespace
            ? new Refusal(Refusal.DeclarationId, GateMessages.Namespace(type.Name, space))
            : null;
    }

    private static string? Feature(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.UnsafeKeyword or SyntaxKind.FixedKeyword => GateMessages.Unsafe,
        SyntaxKind.ExternKeyword when token.Parent is MethodDeclarationSyntax or LocalFunctionStatementSyntax => GateMessages.Extern,
        SyntaxKind.AsyncKeyword => GateMessages.Async,
        SyntaxKind.VolatileKeyword => GateMessages.Volatile,
        SyntaxKind.ArgListKeyword or SyntaxKind.MakeRefKeyword or SyntaxKind.RefTypeKeyword or SyntaxKind.RefValueKeyword => GateMessages.ArgList,
        _ => null,
    };

    private static bool IsNameOf(SyntaxNode node) =>
        node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } };

    private static CompileDiagnostic At(SyntaxNodeOrToken place, Refusal refusal)
    {
        // The unmapped span: a #line directive in learner code must not move the refusal.
        var span = place.GetLocation()!.GetLineSpan();
        return refusal.At(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }
}
