using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// Who is at the other end of a grade server's Unix socket (Linux's SO_PEERCRED). The server's
/// folder is the user's alone (0700), which already keeps other users away; on top of that, each
/// end accepts only a peer of the same user in the same user and mount namespaces. The second
/// part keeps out learner code: a sandboxed worker runs in namespaces of its own (and, under root,
/// as another user), so even a socket it could see (a user data folder inside a folder bound into
/// the sandbox) would not take its requests.
/// </summary>
public static class PeerCredentials
{
    // <sys/socket.h> on Linux: SOL_SOCKET and SO_PEERCRED; struct ucred is { pid_t pid; uid_t uid; gid_t gid; }.
    private const int SolSocket = 1;
    private const int SoPeerCred = 17;
    private const int UcredBytes = 12;

    private static readonly string[] Namespaces = ["user", "mnt"];

    private static readonly Lazy<uint?> Effective = new(ReadEffectiveUser);

    /// <summary>This process's effective user id, or null when it cannot be read (then no peer is trusted).</summary>
    public static uint? ThisUser => Effective.Value;

    /// <summary>The process id and user id of the process at the other end of <paramref name="socket"/>, or null when they cannot be read.</summary>
    public static (int Pid, uint Uid)? Of(Socket socket)
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
                ? (MemoryMarshal.Read<int>(credentials), MemoryMarshal.Read<uint>(credentials[4..]))
                : null;
        }
        catch (SocketException)
        {
            return null;
        }
    }

    /// <summary>The user id of the process at the other end of <paramref name="socket"/>, or null when it cannot be read.</summary>
    public static uint? UserOf(Socket socket) => Of(socket)?.Uid;

    /// <summary>True when the process at the other end of <paramref name="socket"/> runs as this process's user, in its user and mount namespaces.</summary>
    public static bool Trusted(Socket socket) =>
        ThisUser is { } me && Of(socket) is { } peer && peer.Uid == me && SharesNamespaces(peer.Pid);

    /// <summary>True when process <paramref name="pid"/> is in this process's user and mount namespaces (a sandboxed process is not).</summary>
    public static bool SharesNamespaces(int pid) => Namespaces.All(name => SameNamespace(pid, name));

    // /proc/PID/ns/NAME is a link to "NAME:[inode]": equal links, the same namespace. A peer that
    // has exited, or whose links cannot be read, is not trusted.
    private static bool SameNamespace(int pid, string name)
    {
        try
        {
            var own = new FileInfo($"/proc/self/ns/{name}").LinkTarget;
            return own is not null && own == new FileInfo($"/proc/{pid}/ns/{name}").LinkTarget;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

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
