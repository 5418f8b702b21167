using System.Text;
using System.Text.Json;

using NeuralKatas.Grader.Json;

namespace NeuralKatas.Grader.CompileServer;

/// <summary>
/// The compile server's protocol: one JSON document per line each way (System.Text.Json escapes
/// line breaks inside strings, and images travel as base64), UTF-8 without a byte order mark.
/// </summary>
public static class CompileWire
{
    /// <summary>The line a server writes once it has warmed up and can take requests.</summary>
    public const string Ready = "ready";

    /// <summary>The encoding of both directions.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(false);

    private static readonly JsonSerializerOptions Options = GraderJson.Generated(new() { MaxDepth = 32 });

    /// <summary>One message as one line, without the line break.</summary>
    public static string Write<T>(T message) => JsonSerializer.Serialize(message, Options);

    /// <summary>The message on <paramref name="line"/>.</summary>
    public static T Read<T>(string line) =>
        JsonSerializer.Deserialize<T>(line, Options) ?? throw new InvalidDataException("A compile server message was empty.");
}
