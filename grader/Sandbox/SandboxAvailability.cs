using System.Diagnostics;

namespace NeuralKatas.Grader.Sandbox;

/// <summary>
/// Whether this machine can sandbox the workers, found once per process: on Linux, with bwrap on
/// the PATH (or named by <see cref="BwrapVariable"/>), and a trial sandbox that starts.
/// </summary>
/// <param name="Policy">The default policy, or null when there is no sandbox.</param>
/// <param name="Missing">Why there is no sandbox, in one line that also says how to get one; null when there is.</param>
public sealed record SandboxAvailability(SandboxPolicy? Policy, string? Missing)
{
    /// <summary>
    /// Names the bwrap executable instead of looking for it on the PATH. The project's tests set it
    /// to a file that does not exist to see the grader without a sandbox.
    /// </summary>
    public const string BwrapVariable = "NEURALKATAS_BWRAP";

    private const string HowToGet = "Install bubblewrap (Debian, Ubuntu: sudo apt-get install bubblewrap), or pass --no-sandbox to grade it unprotected.";

    private static readonly Lazy<SandboxAvailability> Found = new(Find);

    /// <summary>This machine's sandbox.</summary>
    public static SandboxAvailability Current => Found.Value;

    private static SandboxAvailability Find()
    {
        if (!OperatingSystem.IsLinux())
        {
            return Without($"There is no sandbox for code you did not write on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}: bubblewrap needs Linux. Pass --no-sandbox to grade it unprotected.");
        }

        var bwrap = Environment.GetEnvironmentVariable(BwrapVariable) is { Length: > 0 } named ? named : OnPath("bwrap");
        if (bwrap is null || !File.Exists(bwrap))
        {
            return Without($"There is no sandbox for code you did not write: bubblewrap (bwrap) is not installed. {HowToGet}");
        }

        var prlimit = OnPath("prlimit");
        var setpriv = Environment.IsPrivilegedProcess ? OnPath("setpriv") : null;
        if (prlimit is null || (Environment.IsPrivilegedProcess && setpriv is null))
        {
            return Without("There is no sandbox for code you did not write: util-linux's prlimit or setpriv is missing (Debian, Ubuntu: sudo apt-get install util-linux). Pass --no-sandbox to grade it unprotected.");
        }

        var policy = new SandboxPolicy(bwrap, prlimit, setpriv);
        var trouble = Trial(policy);
        if (trouble is not null && setpriv is not null && Trial(policy with { Setpriv = null }) is null)
        {
            // As root, with this program in a folder the unprivileged user cannot reach (under
            // /root, say): the sandbox still hides the host and the network, but runs as root
            // mapped into its user namespace, where the kernel does not apply the process limit.
            policy = policy with { Setpriv = null };
            trouble = null;
        }

        return trouble is null
            ? new SandboxAvailability(policy, null)
            : Without($"There is no sandbox for code you did not write: bubblewrap is installed but cannot start one here ({trouble}). On Ubuntu 24.04 and later, allow unprivileged user namespaces for bwrap; in a container, run it with user namespaces allowed. Or pass --no-sandbox to grade it unprotected.");
    }

    // bwrap is installed but may still be unable to make namespaces (a container, an AppArmor rule),
    // or, as root, the unprivileged user may be unable to reach this program's folder.
    private static string? Trial(SandboxPolicy policy)
    {
        var start = SandboxedStart.Wrap(new ProcessStartInfo("/bin/true") { RedirectStandardError = true, RedirectStandardOutput = true }, policy);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return "a trial sandbox did not finish";
            }

            return process.ExitCode == 0 ? null : FirstLine(error.Result) ?? $"exit code {process.ExitCode}";
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            return error.Message;
        }
    }

    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static SandboxAvailability Without(string reason) => new(null, reason);
}
