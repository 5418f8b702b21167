using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NeuralKatas.Grader.Json;

/// <summary>Serializer options that take their metadata from <see cref="GraderJsonContext"/>.</summary>
public static class GraderJson
{
    /// <summary>
    /// <paramref name="options"/> with the generated metadata; a type the context does not know
    /// (a test's) still works, through reflection.
    /// </summary>
    public static JsonSerializerOptions Generated(JsonSerializerOptions options)
    {
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(GraderJsonContext.Default, new DefaultJsonTypeInfoResolver());
        return options;
    }

    /// <summary>The defaults, with the generated metadata.</summary>
    public static JsonSerializerOptions Default { get; } = Generated(new JsonSerializerOptions());
}
