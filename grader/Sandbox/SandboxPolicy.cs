namespace NeuralKatas.Grader.Sandbox;

/// <summary>
/// How a child process of this program is sandboxed with bubblewrap (see docs/sandbox.md): the
/// tools it is started with and the limits it runs under. What it sees is fixed by
/// <see cref="SandboxedStart"/>; a policy only adds the single files it may write.
/// </summary>
/// <param name="Bwrap">The bwrap executable.</param>
/// <param name="Prlimit">util-linux's prlimit, which sets the process, open-file and file-size limits inside the sandbox.</param>
/// <param name="Setpriv">
/// util-linux's setpriv when this program runs as root, else null. The kernel never applies the
/// process limit to the real root user, even inside a user namespace, so as root the sandbox is
/// started as the unprivileged user <see cref="UnprivilegedId"/>.
/// </param>
public sealed record SandboxPolicy(string Bwrap, string Prlimit, string? Setpriv)
{
    /// <summary>The user and group id (nobody) a sandbox started by root runs as.</summary>
    public const int UnprivilegedId = 65534;

    /// <summary>
    /// Processes and threads together (RLIMIT_NPROC counts threads): a worker's runtime starts
    /// about twenty, NUnit a few more; a fork bomb stops here.
    /// </summary>
    public int MaxProcesses { get; init; } = 256;

    /// <summary>Open files per process (a worker needs about a hundred).</summary>
    public int MaxOpenFiles { get; init; } = 1024;

    /// <summary>
    /// The largest file the sandboxed process may write. Not smaller: the runtime maps its
    /// executable memory through a memory file (write-xor-execute) that grows with the code it
    /// compiles, and the F# compiler's passed 64 MiB, which the runtime reports as "Out of memory".
    /// What a sandbox can write in all is bounded by its private /tmp anyway (<see cref="TempBytes"/>).
    /// </summary>
    public long MaxFileBytes { get; init; } = 1L << 30;

    /// <summary>The size of the private /tmp, which lives in memory.</summary>
    public long TempBytes { get; init; } = 256L << 20;

    /// <summary>The single files the sandboxed process may write, each bound in on its own.</summary>
    public IReadOnlyList<SandboxFile> WritableFiles { get; init; } = [];

    /// <summary>
    /// This policy with <paramref name="hostPath"/> (an existing file) writable inside at
    /// <paramref name="pathInside"/>. When the sandbox runs as <see cref="UnprivilegedId"/>, the
    /// file and its folder are opened up just enough for that user to write it.
    /// </summary>
    public SandboxPolicy WithWritableFile(string hostPath, string pathInside)
    {
        if (Setpriv is not null && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(hostPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);
            var folder = Path.GetDirectoryName(Path.GetFullPath(hostPath))!;
            File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return this with { WritableFiles = [.. WritableFiles, new SandboxFile(hostPath, pathInside)] };
    }
}
