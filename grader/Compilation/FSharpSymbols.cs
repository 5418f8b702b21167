using FSharp.Compiler.Symbols;

namespace NeuralKatas.Grader.Compilation;

/// <summary>Judges one F# symbol against the allow-list, by the .NET names it compiles to.</summary>
internal sealed class FSharpSymbols(LearnerBoundary boundary, string learnerAssembly)
{
    // Function types nest deeply (a -> b -> c is FSharpFunc<a, FSharpFunc<b, c>>); any real signature is far shallower.
    private const int MaxDepth = 32;

    /// <summary>The refusal for a use of <paramref name="symbol"/>, or null when learner code may use it.</summary>
    public Refusal? Judge(FSharpSymbol symbol) => symbol switch
    {
        FSharpEntity entity => JudgeEntity(entity, 0),
        FSharpMemberOrFunctionOrValue member => JudgeMember(member),
        FSharpField field when field.DeclaringEntity?.Value is { } owner => JudgeNamed(owner, field.Name, [field.FieldType]),
        FSharpUnionCase unionCase => JudgeType(unionCase.ReturnType, 0),
        _ => null,
    };

    /// <summary>
    /// The refusal for a learner declaration: a type outside the kata's namespace or named like a
    /// course type, or a value whose type is not allowed (lazy, async and the like need no name).
    /// </summary>
    public Refusal? Declared(FSharpSymbol symbol)
    {
        if (symbol is FSharpMemberOrFunctionOrValue value)
        {
            return JudgeType(value.FullType, 0);
        }

        if (symbol is not FSharpEntity { IsNamespace: false } entity)
        {
            return null;
        }

        var name = entity.CompiledName.Split('`')[0];
        if (boundary.ReservedTypeNames.Contains(name) || boundary.ReservedTypeNames.Contains(entity.DisplayName))
        {
            return new Refusal(Refusal.DeclarationId, GateMessages.Reserved(entity.DisplayName));
        }

        var space = entity.Namespace?.Value ?? string.Empty;
        var nested = entity.DeclaringEntity?.Value is { IsNamespace: false };
        return !nested && space != LearnerBoundary.LearnerNamespace
            ? new Refusal(Refusal.DeclarationId, GateMessages.Namespace(entity.DisplayName, space))
            : null;
    }

    private Refusal? JudgeMember(FSharpMemberOrFunctionOrValue member)
    {
        if (member.DeclaringEntity?.Value is not { } owner)
        {
            return null;
        }

        var name = member.IsConstructor ? ".ctor" : member.CompiledName;
        if (member.IsPropertyGetterMethod || member.IsPropertySetterMethod)
        {
            name = name.Length > 4 && name[3] == '_' ? name[4..] : name;
        }

        return JudgeNamed(owner, name, [member.FullType]);
    }

    private Refusal? JudgeNamed(FSharpEntity owner, string member, IEnumerable<FSharpType> signature)
    {
        if (IsTrusted(owner))
        {
            return null;
        }

        if (DotNetName(owner) is not ({ } space, { } path))
        {
            return null;
        }

        if (!boundary.List.AllowsMember(space, path, member))
        {
            return Refusal.Api(boundary.List, $"{AllowList.Join(space, path)}.{member}");
        }

        return signature.Any(type => JudgeType(type, 0) is not null) ? Refusal.Api(boundary.List, $"{AllowList.Join(space, path)}.{member}") : null;
    }

    private Refusal? JudgeEntity(FSharpEntity entity, int depth)
    {
        if (entity.IsFSharpAbbreviation)
        {
            return JudgeType(entity.AbbreviatedType, depth + 1);
        }

        if (entity.IsArrayType || entity.IsByRef || entity.IsMeasure || entity.IsNamespace || IsTrusted(entity))
        {
            return null;
        }

        if (DotNetName(entity) is not ({ } space, { } path))
        {
            return null;
        }

        var name = AllowList.Join(space, path);
        if (boundary.List.AllowsType(space, path))
        {
            return null;
        }

        return entity.IsAttributeType ? Refusal.Feature(GateMessages.AttributeNamed(name)) : Refusal.Api(boundary.List, name);
    }

    private Refusal? JudgeType(FSharpType type, int depth)
    {
        if (depth > MaxDepth || type.IsGenericParameter || type.IsMeasureType)
        {
            return null;
        }

        if (type.IsNativePointerType)
        {
            return Refusal.Feature(GateMessages.Pointer);
        }

        if (type.IsAbbreviation)
        {
            return JudgeType(type.AbbreviatedType, depth + 1);
        }

        var own = type.HasTypeDefinition ? JudgeEntity(type.TypeDefinition, depth + 1) : null;
        return own ?? type.GenericArguments.Select(argument => JudgeType(argument, depth + 1)).FirstOrDefault(refusal => refusal is not null);
    }

    private bool IsTrusted(FSharpEntity entity)
    {
        var assembly = entity.Assembly.SimpleName;
        return assembly == learnerAssembly || boundary.TrustedAssemblies.Contains(assembly);
    }

    // The .NET name the entity compiles to: FSharpList, not list; ListModule, not List.
    private static (string Space, List<string> Path)? DotNetName(FSharpEntity entity)
    {
        if (entity.IsUnresolved)
        {
            return null;
        }

        if (entity.QualifiedName?.Value is not { } qualified)
        {
            return null;
        }

        var comma = qualified.IndexOf(',', StringComparison.Ordinal);
        var segments = (comma < 0 ? qualified : qualified[..comma]).Split('+');
        var dot = segments[0].LastIndexOf('.');
        var space = dot < 0 ? string.Empty : segments[0][..dot];
        var path = segments.Select((segment, index) => (index == 0 ? segment[(dot + 1)..] : segment).Split('`')[0]).ToList();
        return path.Count == 0 || path[0].Length == 0 ? null : (space, path);
    }
}
