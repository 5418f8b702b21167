using System.Text.Json;

namespace NeuralKatas.Tests.Reporting;

/// <summary>Property names and enum values, read from the JSON Schema files and from JSON output.</summary>
public static class JsonSchemaNames
{
    /// <summary>The schema file <paramref name="name"/>, from grader/Reporting in the source tree.</summary>
    public static JsonDocument Schema(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Course.Root, "grader", "Reporting", name)));

    /// <summary>Every name declared under a "properties" keyword anywhere in <paramref name="schema"/>.</summary>
    public static ISet<string> Declared(JsonElement schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Walk(schema, names, underProperties: false);
        return names;
    }

    /// <summary>Every string listed in an "enum" keyword anywhere in <paramref name="schema"/>.</summary>
    public static ISet<string> EnumValues(JsonElement schema)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in Descendants(schema))
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("enum", out var list))
            {
                values.UnionWith(list.EnumerateArray().Select(value => value.GetString()!));
            }
        }

        return values;
    }

    /// <summary>Every property name used anywhere in the JSON document <paramref name="json"/>.</summary>
    public static ISet<string> Used(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new HashSet<string>(
            Descendants(document.RootElement).Where(e => e.ValueKind == JsonValueKind.Object).SelectMany(e => e.EnumerateObject().Select(p => p.Name)),
            StringComparer.Ordinal);
    }

    private static void Walk(JsonElement element, HashSet<string> names, bool underProperties)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (underProperties)
                {
                    names.Add(property.Name);
                }

                Walk(property.Value, names, underProperties: !underProperties && property.Name == "properties");
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, names, underProperties: false);
            }
        }
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(property => property.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
