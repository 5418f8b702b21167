using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NeuralKatas.Grader.Sandbox;

/// <summary>
/// Runs a process of this program inside bubblewrap. The sandbox has new user, mount, PID,
/// network, IPC, UTS and cgroup namespaces; it sees, read-only, the system's /usr (with the /bin
/// and /lib links), the .NET runtime and the folder of this program's own assemblies, plus a
/// private /tmp in memory as its working folder, its own /proc, a minimal /dev and the single files
/// its policy lets it write. Nothing else of the host exists inside: no home folder, no
/// submissions, no solutions, no hidden tests, no network. Its processes die with it.
/// </summary>
public static class SandboxedStart
{
    /// <summary>The sandbox's working folder, which is also its HOME and TMPDIR.</summary>
    public const string WorkingFolder = "/tmp";

    // Links a merged-/usr system has at the root; on an older layout they are real folders.
    private static readonly string[] RootLinks = ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];

    /// <summary>
    /// A start that runs <paramref name="start"/>'s program and arguments inside the sandbox, with
    /// its standard streams redirected the same way. Only the DOTNET_* variables and LANG cross
    /// from its environment; its working folder is ignored (the sandbox works in /tmp).
    /// </summary>
    /// <param name="start">A start with <see cref="ProcessStartInfo.ArgumentList"/> (not a single Arguments string).</param>
    /// <param name="policy">The sandbox's tools, limits and writable files.</param>
    public static ProcessStartInfo Wrap(ProcessStartInfo start, SandboxPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(policy);
        if (start.Arguments.Length > 0)
        {
            throw new ArgumentException("Give the arguments as ArgumentList, so none is split or joined on the way.", nameof(start));
        }

        var wrapped = new ProcessStartInfo(policy.Setpriv ?? policy.Bwrap)
        {
            RedirectStandardInput = start.RedirectStandardInput,
            RedirectStandardOutput = start.RedirectStandardOutput,
            RedirectStandardError = start.RedirectStandardError,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        var arguments = wrapped.ArgumentList;
        if (policy.Setpriv is not null)
        {
            var id = SandboxPolicy.UnprivilegedId.ToString(CultureInfo.InvariantCulture);
            Add(arguments, $"--reuid={id}", $"--regid={id}", "--clear-groups", "--", policy.Bwrap);
        }

        Add(arguments, "--unshare-all", "--die-with-parent", "--new-session");
        // The private /tmp first: a later mount wins, so a grader that lives under the host's /tmp
        // (a CI clone, an unpacked template) still shows through it.
        Add(arguments, "--size", policy.TempBytes.ToString(CultureInfo.InvariantCulture), "--tmpfs", WorkingFolder);
        foreach (var folder in ReadOnlyFolders())
        {
            Add(arguments, "--ro-bind", folder, folder);
        }

        foreach (var link in RootLinks.Where(Path.Exists))
        {
            var target = new FileInfo(link).LinkTarget;
            if (target is not null)
            {
                Add(arguments, "--symlink", target, link);
            }
            else
            {
                Add(arguments, "--ro-bind", link, link);
            }
        }

        // The dynamic loader's cache: without it, libraries in the multiarch folders are not found.
        Add(arguments, "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache");
        Add(arguments, "--proc", "/proc", "--dev", "/dev");
        foreach (var file in policy.WritableFiles)
        {
            Add(arguments, "--bind", file.HostPath, file.PathInside);
        }

        // bwrap's root is a writable tmpfs until told otherwise: only /tmp and the bound files stay writable.
        Add(arguments, "--remount-ro", "/", "--chdir", WorkingFolder, "--clearenv");
        foreach (var (name, value) in Environment(start))
        {
            Add(arguments, "--setenv", name, value);
        }

        Add(
            arguments,
            "--",
            policy.Prlimit,
            $"--nproc={policy.MaxProcesses}",
            $"--nofile={policy.MaxOpenFiles}",
            $"--fsize={policy.MaxFileBytes}",
            "--core=0",
            "--",
            start.FileName);
        foreach (var argument in start.ArgumentList)
        {
            arguments.Add(argument);
        }

        return wrapped;
    }

    /// <summary>The host folders the sandbox sees read-only: /usr, the .NET runtime and this program's own folder.</summary>
    public static IReadOnlyList<string> ReadOnlyFolders()
    {
        var runtime = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var program = Path.GetDirectoryName(typeof(SandboxedStart).Assembly.Location)!;
        var folders = new List<string> { "/usr" };
        foreach (var folder in new[] { runtime, program }.Select(f => Path.TrimEndingDirectorySeparator(f)))
        {
            if (!folders.Any(bound => folder == bound || folder.StartsWith(bound + "/", StringComparison.Ordinal)))
            {
                folders.Add(folder);
            }
        }

        return folders;
    }

    private static IEnumerable<(string Name, string Value)> Environment(ProcessStartInfo start)
    {
        yield return ("HOME", WorkingFolder);
        yield return ("TMPDIR", WorkingFolder);
        yield return ("PATH", "/usr/bin:/bin");
        foreach (var (name, value) in start.Environment.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (value is not null && (name.StartsWith("DOTNET_", StringComparison.Ordinal) || name == "LANG"))
            {
                yield return (name, value);
            }
        }
    }

    private static void Add(IList<string> arguments, params string[] values)
    {
        foreach (var value in values)
        {
            arguments.Add(value);
        }
    }
}
