using Microsoft.CodeAnalysis;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// Decides from a bound symbol, not from the text that named it, whether it is an API a kata has
/// no business using: so an alias, a using static or a fully-qualified name changes nothing.
/// </summary>
internal static class ForbiddenSymbols
{
    private static readonly (string Namespace, ForbiddenApiRule Rule)[] Namespaces =
    [
        ("System.IO", ForbiddenApiRule.FileSystem),
        ("System.Reflection", ForbiddenApiRule.Reflection),
        ("System.Runtime.InteropServices", ForbiddenApiRule.Interop),
        ("System.Net", ForbiddenApiRule.Network),
        ("System.Runtime.Loader", ForbiddenApiRule.AssemblyLoading),
        ("NeuralKatas.Testing", ForbiddenApiRule.TestSupport),
    ];

    private static readonly Dictionary<string, ForbiddenApiRule> Types = new(StringComparer.Ordinal)
    {
        ["System.Diagnostics.Process"] = ForbiddenApiRule.Processes,
        ["System.Diagnostics.ProcessStartInfo"] = ForbiddenApiRule.Processes,
        ["System.Activator"] = ForbiddenApiRule.Reflection,
        ["System.Runtime.CompilerServices.Unsafe"] = ForbiddenApiRule.UnsafeCode,
        ["System.Threading.Thread"] = ForbiddenApiRule.Threads,
        ["System.Threading.ThreadPool"] = ForbiddenApiRule.Threads,
    };

    // Text streams live in System.IO but touch no file: Console.Out is a TextWriter.
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "System.IO.TextWriter",
        "System.IO.TextReader",
        "System.IO.StringWriter",
        "System.IO.StringReader",
    };

    private static readonly Dictionary<string, ForbiddenApiRule> Members = new(StringComparer.Ordinal)
    {
        ["System.Environment.Exit"] = ForbiddenApiRule.ProcessControl,
        ["System.Environment.FailFast"] = ForbiddenApiRule.ProcessControl,
        ["System.Environment.SetEnvironmentVariable"] = ForbiddenApiRule.ProcessControl,

        // Late-bound calls that reach any method by name without naming a System.Reflection type.
        ["System.Type.InvokeMember"] = ForbiddenApiRule.Reflection,
        ["System.Type.GetType"] = ForbiddenApiRule.Reflection,
        ["System.Delegate.DynamicInvoke"] = ForbiddenApiRule.Reflection,
    };

    /// <summary>The rule <paramref name="symbol"/> breaks, or null when a kata may use it.</summary>
    public static ForbiddenUse? Classify(ISymbol symbol) => symbol switch
    {
        IAliasSymbol alias => Classify(alias.Target),

        // A namespace on its own does nothing; the type or member named after it is what gets reported.
        INamespaceSymbol => null,

        // dynamic binds at run time through reflection, past everything this check can see.
        IDynamicTypeSymbol => new ForbiddenUse(ForbiddenApiRule.Reflection, "dynamic"),
        IArrayTypeSymbol array => Classify(array.ElementType),
        ITypeSymbol type => ClassifyType(type),
        IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol => ClassifyMember(symbol),
        _ => null,
    };

    private static ForbiddenUse? ClassifyType(ITypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        var name = FullName(definition);
        if (Allowed.Contains(name))
        {
            return null;
        }

        if (Types.TryGetValue(name, out var rule))
        {
            return new ForbiddenUse(rule, name);
        }

        var space = definition.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        var match = Namespaces.FirstOrDefault(entry => space == entry.Namespace || space.StartsWith(entry.Namespace + ".", StringComparison.Ordinal));
        return match.Rule is null ? null : new ForbiddenUse(match.Rule, name);
    }

    private static ForbiddenUse? ClassifyMember(ISymbol member)
    {
        if (member is IMethodSymbol { ReducedFrom: { } extension })
        {
            member = extension;
        }

        member = member.OriginalDefinition;
        if (member.ContainingType is not { } containing)
        {
            return null;
        }

        var fromType = ClassifyType(containing);
        if (fromType is not null)
        {
            return fromType;
        }

        var name = $"{FullName(containing.OriginalDefinition)}.{member.Name}";
        if (Members.TryGetValue(name, out var rule))
        {
            return new ForbiddenUse(rule, name);
        }

        // typeof(Matrix).GetMethod(...), .Assembly, a delegate's .Method: members of ordinary
        // types that hand out reflection objects.
        var returned = member switch
        {
            IMethodSymbol method => method.ReturnType,
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        return returned is not null && ClassifyType(ElementOf(returned))?.Rule == ForbiddenApiRule.Reflection
            ? new ForbiddenUse(ForbiddenApiRule.Reflection, name)
            : null;
    }

    private static ITypeSymbol ElementOf(ITypeSymbol type) => type is IArrayTypeSymbol array ? ElementOf(array.ElementType) : type;

    private static string FullName(ITypeSymbol type) =>
        type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat
            .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
            .WithGenericsOptions(SymbolDisplayGenericsOptions.None)
            .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None));
}
