using System.Text.Json;
using NeuralKatas.Grader.Json;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// What learner code may use, read from allow-list.json (embedded in the grader): namespaces and
/// types allowed whole or by member, the few attributes allowed, and the advice each refusal
/// gives. Names are .NET full names without generic arity, nested types joined by a dot, so the
/// C# and the F# gates ask the same questions of the same list.
/// </summary>
public sealed class AllowList
{
    private const string ResourceName = "allow-list.json";

    private static readonly Lazy<AllowList> Shared = new(Load);

    private readonly HashSet<string> namespaces;
    private readonly Dictionary<string, AllowListEntry> types;
    private readonly HashSet<string> attributes;
    private readonly List<AllowListAdvice> advice;

    private AllowList(AllowListDocument document)
    {
        namespaces = new(document.Namespaces.Select(entry => entry.Name), StringComparer.Ordinal);
        types = document.Types.Concat(document.Attributes).ToDictionary(entry => entry.Name, StringComparer.Ordinal);
        attributes = new(document.Attributes.Select(entry => entry.Name), StringComparer.Ordinal);
        advice = [.. document.Advice.OrderByDescending(entry => entry.Prefix.Length)];
    }

    /// <summary>The grader's own list.</summary>
    public static AllowList Default => Shared.Value;

    /// <summary>True when a type (<paramref name="typePath"/>: the type and its containing types, outermost first) may be named and used.</summary>
    public bool AllowsType(string space, IReadOnlyList<string> typePath)
    {
        for (var depth = typePath.Count; depth >= 1; depth--)
        {
            if (types.TryGetValue(Join(space, typePath.Take(depth)), out var entry))
            {
                // The type itself, or a nested type of a type allowed whole.
                return depth == typePath.Count || (entry.Members is null && entry.Except?.Contains(typePath[depth]) != true);
            }
        }

        return namespaces.Contains(space);
    }

    /// <summary>True when a member of an allowed type may be used (its signature is checked separately).</summary>
    public bool AllowsMember(string space, IReadOnlyList<string> typePath, string member)
    {
        if (!AllowsType(space, typePath))
        {
            return false;
        }

        return !types.TryGetValue(Join(space, typePath), out var entry)
            || (entry.Members?.Contains(member) ?? entry.Except?.Contains(member) != true);
    }

    /// <summary>True when an attribute of this type may be applied in learner code.</summary>
    public bool AllowsAttribute(string fullName) => attributes.Contains(fullName);

    /// <summary>The error for a refused API: what it was, and what to use instead.</summary>
    public string Refusal(string fullName) =>
        $"{fullName} is not allowed in kata code: {advice.First(entry => fullName.StartsWith(entry.Prefix, StringComparison.Ordinal)).Instead}";

    /// <summary>A type's full name as the list writes it.</summary>
    public static string Join(string space, IEnumerable<string> typePath) =>
        string.Join('.', space.Length == 0 ? typePath : typePath.Prepend(space));

    private static AllowList Load()
    {
        using var stream = typeof(AllowList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The grader was built without its {ResourceName}.");
        var document = JsonSerializer.Deserialize<AllowListDocument>(stream, GraderJson.Generated(new JsonSerializerOptions(JsonSerializerDefaults.Web)))
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return new AllowList(document);
    }
}
