using Microsoft.CodeAnalysis;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// Judges a symbol that learner C# code binds to against the allow-list: its own code and the
/// trusted assemblies pass; anything else must be a type the list allows, or a member the list
/// allows whose signature (type arguments, parameters, result) names only allowed types.
/// </summary>
internal sealed class CSharpSymbols(LearnerBoundary boundary, IAssemblySymbol learnerAssembly)
{
    /// <summary>The refusal for <paramref name="symbol"/>, or null when learner code may use it.</summary>
    public Refusal? Judge(ISymbol? symbol) => symbol switch
    {
        null or INamespaceSymbol or ILabelSymbol or IDiscardSymbol or IPreprocessingSymbol => null,
        IAliasSymbol alias => Judge(alias.Target),
        ITypeSymbol type => JudgeType(type),
        ILocalSymbol local => JudgeType(local.Type),
        IParameterSymbol parameter => JudgeType(parameter.Type),
        IRangeVariableSymbol => null,
        _ => JudgeMember(symbol),
    };

    /// <summary>The refusal for a type (with its type arguments, element types and containing types), or null.</summary>
    public Refusal? JudgeType(ITypeSymbol? type)
    {
        switch (type)
        {
            case null or ITypeParameterSymbol or IErrorTypeSymbol:
                return null;
            case IArrayTypeSymbol array:
                return JudgeType(array.ElementType);
            case IPointerTypeSymbol:
                return Refusal.Feature(GateMessages.Pointer);
            case IFunctionPointerTypeSymbol:
                return Refusal.Feature(GateMessages.FunctionPointer);
            case IDynamicTypeSymbol:
                return Refusal.Feature(GateMessages.Dynamic);
            case INamedTypeSymbol named:
                var definition = named.OriginalDefinition;
                if (!IsTrusted(definition.ContainingAssembly) && !boundary.List.AllowsType(Namespace(definition), Path(definition)))
                {
                    return Refusal.Api(boundary.List, FullName(definition));
                }

                return named.TypeArguments.Select(JudgeType).FirstOrDefault(refusal => refusal is not null)
                    ?? (named.ContainingType is { } outer ? JudgeType(outer) : null);
            default:
                return Refusal.Api(boundary.List, type.ToDisplayString());
        }
    }

    private Refusal? JudgeMember(ISymbol member)
    {
        var named = member is IMethodSymbol { ReducedFrom: { } extension } ? extension : member;
        var definition = named.OriginalDefinition;
        if (IsTrusted(definition.ContainingAssembly) || definition.ContainingType is not { } containing)
        {
            return null;
        }

        // A built-in operator (reference equality, string concatenation) is the language's, not a library's member.
        var name = MemberName(definition);
        var path = Path(containing);
        if (definition is not IMethodSymbol { MethodKind: MethodKind.BuiltinOperator } && !boundary.List.AllowsMember(Namespace(containing), path, name))
        {
            return Refusal.Api(boundary.List, $"{FullName(containing)}.{name}");
        }

        var signature = member switch
        {
            IMethodSymbol method => [method.ReturnType, .. method.TypeArguments, .. method.Parameters.Select(p => p.Type)],
            IPropertySymbol property => [property.Type, .. property.Parameters.Select(p => p.Type)],
            IFieldSymbol field => [field.Type],
            IEventSymbol @event => [@event.Type],
            _ => new List<ITypeSymbol>(),
        };
        var refused = signature.Prepend(member.ContainingType).Select(JudgeType).FirstOrDefault(refusal => refusal is not null);
        return refused is null ? null : Refusal.Api(boundary.List, $"{FullName(containing)}.{name}");
    }

    private bool IsTrusted(IAssemblySymbol? assembly) =>
        assembly is not null && (SymbolEqualityComparer.Default.Equals(assembly, learnerAssembly) || boundary.TrustedAssemblies.Contains(assembly.Name));

    private static string MemberName(ISymbol member) => member switch
    {
        IMethodSymbol { AssociatedSymbol: { } property } => property.Name,
        IMethodSymbol { MethodKind: MethodKind.Constructor } => ".ctor",
        _ => member.Name,
    };

    private static string Namespace(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } space ? space.ToDisplayString() : string.Empty;

    private static List<string> Path(INamedTypeSymbol type)
    {
        var path = new List<string>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            path.Insert(0, current.Name);
        }

        return path;
    }

    private static string FullName(INamedTypeSymbol type) => AllowList.Join(Namespace(type), Path(type));
}
