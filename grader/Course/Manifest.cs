using System.Text.Json;
using System.Text.Json.Serialization;

using NeuralKatas.Grader.Json;

namespace NeuralKatas.Grader.Course;

/// <summary>The curriculum in order: the one place that names every kata, file, hint and point.</summary>
public sealed record Manifest(int SchemaVersion, IReadOnlyList<KataDefinition> Katas)
{
    /// <summary>The manifest's file name inside katas/.</summary>
    public const string FileName = "katas.json";

    private static readonly JsonSerializerOptions Options = GraderJson.Generated(new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    });

    /// <summary>Reads and checks a manifest; a malformed one fails with the file's name and the reason.</summary>
    public static Manifest Read(string path)
    {
        Manifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), Options);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path} is not a valid kata manifest: {error.Message}", error);
        }

        if (manifest is null || manifest.Katas.Count == 0)
        {
            throw new InvalidDataException($"{path} declares no katas.");
        }

        var duplicate = manifest.Katas.GroupBy(k => k.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{path} declares kata '{duplicate.Key}' twice.");
        }

        return manifest;
    }

    /// <summary>The kata with this id, or a clear error listing the ids there are.</summary>
    public KataDefinition Find(string id) =>
        Katas.FirstOrDefault(k => k.Id == id)
        ?? throw new ArgumentException($"There is no kata '{id}'. The katas are: {string.Join(", ", Katas.Select(k => k.Id))}.");

    /// <summary>This kata and every kata before it, in order: the steps whose code it builds on.</summary>
    public IReadOnlyList<KataDefinition> UpTo(KataDefinition kata) =>
        Katas.Take(Katas.ToList().IndexOf(kata) + 1).ToList();
}
