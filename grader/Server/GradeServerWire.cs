using System.Net.Sockets;
using System.Text.Json;
using NeuralKatas.Grader.Json;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// The grade server's protocol: one connection per request; each side sends one JSON document
/// (UTF-8) and then shuts down its sending half, so the end of the data is the end of the message.
/// </summary>
public static class GradeServerWire
{
    /// <summary>A request is paths and numbers: far below this.</summary>
    public const int MaxRequestBytes = 1 << 20;

    /// <summary>A report's messages and outputs are capped per test: far below this.</summary>
    public const int MaxResponseBytes = 64 << 20;

    private static readonly JsonSerializerOptions Options = GraderJson.Generated(new() { MaxDepth = 64 });

    /// <summary>Sends <paramref name="message"/> and ends this side of the conversation.</summary>
    public static void Send<T>(Socket socket, T message)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message, Options);
        var sent = 0;
        while (sent < bytes.Length)
        {
            sent += socket.Send(bytes, sent, bytes.Length - sent, SocketFlags.None);
        }

        socket.Shutdown(SocketShutdown.Send);
    }

    /// <summary>
    /// The message the other side sent, read to its end; null when it was not one (empty, cut short,
    /// too long, not JSON of that shape). A socket error (the read timed out, the peer vanished) is thrown.
    /// </summary>
    public static T? Receive<T>(Socket socket, int maxBytes)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = socket.Receive(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return buffer.Length == 0 ? null : JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
