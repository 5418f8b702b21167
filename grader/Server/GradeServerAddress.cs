using System.Security.Cryptography;
using System.Text;
using NeuralKatas.Grader.Cache;
using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Sandbox;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// Where the grade server of one build of the grader and one course listens, and keeps its few
/// files: a folder of the user's data folder (<see cref="UserDataFolder"/>) that only the user may
/// enter, named by a hash of the build, the course and what decides the sandbox. A different
/// build, course or sandbox setting finds a different folder, so it never talks to a server that
/// would grade differently.
/// </summary>
/// <param name="Folder">The server's folder.</param>
public sealed record GradeServerAddress(string Folder)
{
    /// <summary>Set to 1 to grade through a warm server (grader/nk does); anything else grades in this process only.</summary>
    public const string EnableVariable = "NEURALKATAS_SERVER";

    /// <summary>Seconds a server waits for a request before it exits (600 unless set; tests set a few).</summary>
    public const string IdleVariable = "NEURALKATAS_SERVER_IDLE_SECONDS";

    /// <summary>How long a server waits for a request before it exits, unless <see cref="IdleVariable"/> says otherwise.</summary>
    public static readonly TimeSpan DefaultIdleTime = TimeSpan.FromMinutes(10);

    // A Unix socket's path must fit sun_path: 108 bytes with the terminating zero.
    private const int MaxSocketPathBytes = 107;

    // 64 bits of the hash: a folder name short enough for sun_path under a long home folder.
    private const int NameLength = 16;

    /// <summary>The socket the server listens on.</summary>
    public string Socket => Path.Combine(Folder, "socket");

    /// <summary>The file the running server holds locked: one server per folder.</summary>
    public string LockFile => Path.Combine(Folder, "lock");

    /// <summary>The running server's process id, written once it listens.</summary>
    public string PidFile => Path.Combine(Folder, "pid");

    /// <summary>What the server says about itself: started, each request answered (no names, no code), why it stopped.</summary>
    public string LogFile => Path.Combine(Folder, "log");

    /// <summary>Written by a server that could not listen here (a file system without Unix sockets): no server is started here for <see cref="UnusableFor"/>.</summary>
    public string UnusableFile => Path.Combine(Folder, "unusable");

    /// <summary>How long after a server could not listen no other is started at the same address.</summary>
    public static TimeSpan UnusableFor { get; } = TimeSpan.FromHours(1);

    /// <summary>True when a server recently found it could not listen here.</summary>
    public bool RecentlyUnusable => File.Exists(UnusableFile) && DateTime.UtcNow - File.GetLastWriteTimeUtc(UnusableFile) < UnusableFor;

    /// <summary>How many requests the server has answered, as a number: how tests tell a served grade from a local one.</summary>
    public string RequestsFile => Path.Combine(Folder, "requests");

    /// <summary>True when <see cref="EnableVariable"/> asks for a server.</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable(EnableVariable) == "1";

    /// <summary>How long a server waits for a request before it exits.</summary>
    public static TimeSpan IdleTime => IdleTimeOf(Environment.GetEnvironmentVariable(IdleVariable));

    /// <summary>The idle time <paramref name="seconds"/> (the variable's text) asks for: a positive number of seconds, else the default.</summary>
    internal static TimeSpan IdleTimeOf(string? seconds) =>
        double.TryParse(seconds, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? TimeSpan.FromSeconds(value)
            : DefaultIdleTime;

    /// <summary>The address of the server for <paramref name="courseRoot"/> and this build, or null where there is none (not Linux; a path too long for a socket).</summary>
    public static GradeServerAddress? For(string courseRoot) => For(UserDataFolder.Path, BuildIdentity.Current, courseRoot);

    /// <summary>The address in <paramref name="home"/> of the server for <paramref name="courseRoot"/> and the build <paramref name="build"/>.</summary>
    public static GradeServerAddress? For(string home, string build, string courseRoot)
    {
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(courseRoot);

        // Linux only: the peer's user is checked with SO_PEERCRED, and the server is started with util-linux's setsid.
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // The sandbox a server finds depends on these two, as a fresh process's would; the grader's
        // own path names the binaries its compile servers and workers are started from.
        var parts = new[]
        {
            build,
            typeof(GradeServerAddress).Assembly.Location,
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(courseRoot)),
            Environment.GetEnvironmentVariable(SandboxAvailability.BwrapVariable) ?? "",
            Environment.GetEnvironmentVariable("PATH") ?? "",
        };
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', parts))));
        var address = new GradeServerAddress(Path.Combine(Path.GetFullPath(home), "servers", hash[..NameLength]));
        return Encoding.UTF8.GetByteCount(address.Socket) <= MaxSocketPathBytes ? address : null;
    }

    /// <summary>
    /// Makes the folder, readable, writable and searchable by its owner only (0700), so nobody
    /// else can reach the socket; false when it cannot be made so (a folder of another user).
    /// </summary>
    public bool Prepare()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        try
        {
            var servers = Path.GetDirectoryName(Folder)!;
            Directory.CreateDirectory(Folder, OwnerOnly);

            // An existing folder keeps its mode through CreateDirectory; only its owner (or root) may change it.
            File.SetUnixFileMode(servers, OwnerOnly);
            File.SetUnixFileMode(Folder, OwnerOnly);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
