using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// Who is at the other end of a Unix socket (Linux's SO_PEERCRED), and who this process is. The
/// server's folder is the user's alone (0700), which already keeps everyone else away; checking the
/// peer's user on both ends does not rely on that folder being what it should.
/// </summary>
public static class PeerCredentials
{
    // <sys/socket.h> on Linux: SOL_SOCKET and SO_PEERCRED; struct ucred is { pid_t pid; uid_t uid; gid_t gid; }.
    private const int SolSocket = 1;
    private const int SoPeerCred = 17;
    private const int UcredBytes = 12;

    private static readonly Lazy<uint?> Effective = new(ReadEffectiveUser);

    /// <summary>This process's effective user id, or null when it cannot be read (then no peer is trusted).</summary>
    public static uint? ThisUser => Effective.Value;

    /// <summary>The user id of the process at the other end of <paramref name="socket"/>, or null when it cannot be read.</summary>
    public static uint? UserOf(Socket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        Span<byte> credentials = stackalloc byte[UcredBytes];
        try
        {
            return socket.GetRawSocketOption(SolSocket, SoPeerCred, credentials) >= UcredBytes
                ? MemoryMarshal.Read<uint>(credentials[4..])
                : null;
        }
        catch (SocketException)
        {
            return null;
        }
    }

    /// <summary>True when the process at the other end of <paramref name="socket"/> runs as this process's user.</summary>
    public static bool SameUser(Socket socket) => ThisUser is { } me && UserOf(socket) == me;

    // /proc/self/status has "Uid:\treal\teffective\tsaved\tfilesystem".
    private static uint? ReadEffectiveUser()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            var fields = line?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return fields is { Length: >= 3 } && uint.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var uid) ? uid : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
