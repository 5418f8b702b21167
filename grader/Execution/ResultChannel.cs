using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using NeuralKatas.Grader.Json;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// The worker's result channel: a file of lines "payload signature", each payload a base64
/// WorkerReport and each signature its HMAC-SHA256 under a key only the supervisor and the
/// worker's own code know. Learner code shares the worker's stdout and can write files, but it
/// cannot produce a line the supervisor accepts, so it cannot forge a result.
/// </summary>
public static class ResultChannel
{
    private static readonly JsonSerializerOptions Json = GraderJson.Generated(new(JsonSerializerDefaults.Web));

    /// <summary>A fresh random key.</summary>
    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    /// <summary>The signed line for a report.</summary>
    public static string Sign(WorkerReport report, byte[] key)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(report, Json);
        return $"{Convert.ToBase64String(payload)} {Convert.ToBase64String(HMACSHA256.HashData(key, payload))}";
    }

    /// <summary>The report a line carries, or null when the line is malformed or its signature is wrong.</summary>
    public static WorkerReport? Verify(string line, byte[] key)
    {
        var parts = line.Split(' ');
        if (parts.Length != 2)
        {
            return null;
        }

        try
        {
            var payload = Convert.FromBase64String(parts[0]);
            var signature = Convert.FromBase64String(parts[1]);
            return CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload))
                ? JsonSerializer.Deserialize<WorkerReport>(payload, Json)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Serialises a request for the worker's standard input.</summary>
    public static string Encode(WorkerRequest request) => JsonSerializer.Serialize(request, Json);

    /// <summary>Reads a request from the worker's standard input.</summary>
    public static WorkerRequest Decode(string text) =>
        JsonSerializer.Deserialize<WorkerRequest>(text, Json) ?? throw new InvalidDataException("The worker request is empty.");

    /// <summary>The UTF-8 encoding without a byte-order mark, for the channel file.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(false);
}
