using System.Diagnostics;
using System.Globalization;
using NeuralKatas.Grader.Cache;
using NeuralKatas.Grader.Server;
using NeuralKatas.Tests.EndToEnd;

namespace NeuralKatas.Tests.Server;

/// <summary>
/// A user data folder of its own (NEURALKATAS_HOME) for grader runs that use a grade server, with a
/// short idle time. Disposing it stops every server started with it, and everything those servers
/// started, so no process outlives the test: first by deleting their sockets (a server then exits by
/// itself, cleaning up), then by killing whatever is left.
/// </summary>
public sealed class ServerHome : IDisposable
{
    private static readonly TimeSpan ServerStartAllowance = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ExitAllowance = TimeSpan.FromSeconds(30);

    /// <summary>A fresh folder; servers started with it exit after <paramref name="idleSeconds"/> without a request.</summary>
    public ServerHome(double idleSeconds = 30)
    {
        Path = Directory.CreateTempSubdirectory("nk-server-home-").FullName;
        Environment = new Dictionary<string, string>
        {
            ["NEURALKATAS_HOME"] = Path,
            [GradeServerAddress.EnableVariable] = "1",
            [GradeServerAddress.IdleVariable] = idleSeconds.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>The variables a grader run needs to use a server in this folder.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The folder's servers: one folder each.</summary>
    public IReadOnlyList<string> ServerFolders =>
        Directory.Exists(System.IO.Path.Combine(Path, "servers")) ? Directory.GetDirectories(System.IO.Path.Combine(Path, "servers")) : [];

    /// <summary>Runs the grader in <paramref name="folder"/> with a server enabled.</summary>
    public GraderRun Run(string folder, params string[] arguments) => GraderProcess.RunWith(folder, Environment, null, arguments);

    /// <summary>Deletes the learner's cache of kata grades in this home, so the next command has every kata to grade.</summary>
    public void ForgetCachedGrades()
    {
        var cache = System.IO.Path.Combine(Path, "cache");
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    /// <summary>Where this folder's server for <paramref name="courseRoot"/> lives, as the grader built beside these tests computes it.</summary>
    public GradeServerAddress AddressOf(string courseRoot) => GradeServerAddress.For(Path, BuildIdentity.Current, courseRoot)!;

    /// <summary>How many requests the server at <paramref name="address"/> has answered.</summary>
    public static int Requests(GradeServerAddress address) =>
        File.Exists(address.RequestsFile) ? int.Parse(File.ReadAllText(address.RequestsFile).Trim(), CultureInfo.InvariantCulture) : 0;

    /// <summary>The server's log, for failure messages.</summary>
    public static string Log(GradeServerAddress address) => File.Exists(address.LogFile) ? File.ReadAllText(address.LogFile) : "(no log)";

    /// <summary>Waits until the server at <paramref name="address"/> listens and returns its process id.</summary>
    public static int WaitForServer(GradeServerAddress address)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < ServerStartAllowance)
        {
            // The server writes its process id once it listens.
            if (File.Exists(address.PidFile) && int.TryParse(File.ReadAllText(address.PidFile).Trim(), CultureInfo.InvariantCulture, out var pid))
            {
                return pid;
            }

            Thread.Sleep(100);
        }

        Assert.Fail($"No grade server listened at {address.Socket} within {ServerStartAllowance.TotalSeconds} s. Its log:\n{Log(address)}");
        return 0;
    }

    /// <summary>True while process <paramref name="pid"/> runs.</summary>
    public static bool Alive(int pid) => Directory.Exists($"/proc/{pid}");

    /// <summary>Waits up to <paramref name="allowance"/> for process <paramref name="pid"/> to end; true when it did.</summary>
    public static bool WaitForExit(int pid, TimeSpan allowance)
    {
        var clock = Stopwatch.StartNew();
        while (Alive(pid) && clock.Elapsed < allowance)
        {
            Thread.Sleep(100);
        }

        return !Alive(pid);
    }

    /// <summary>Every process below <paramref name="pid"/> (its compile servers and workers, through their sandboxes).</summary>
    public static IReadOnlyList<int> Descendants(int pid)
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(System.IO.Path.GetFileName(folder), out var child) && ParentOf(child) is { } parent)
            {
                parents[child] = parent;
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([pid]);
        while (frontier.TryDequeue(out var next))
        {
            foreach (var child in parents.Where(p => p.Value == next).Select(p => p.Key))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }

        return found;
    }

    /// <summary>Stops every server of this folder and deletes it.</summary>
    public void Dispose()
    {
        foreach (var folder in ServerFolders)
        {
            TryDelete(System.IO.Path.Combine(folder, "socket"));
        }

        // A server that was still starting when its socket was deleted may bind a new one: look again until none is left.
        var clock = Stopwatch.StartNew();
        while (Processes() is { Count: > 0 } left)
        {
            if (clock.Elapsed > ExitAllowance)
            {
                foreach (var pid in left)
                {
                    Kill(pid);
                }
            }
            else
            {
                foreach (var folder in ServerFolders)
                {
                    TryDelete(System.IO.Path.Combine(folder, "socket"));
                }
            }

            Thread.Sleep(200);
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still being closed; the temporary folder is the system's to clean.
        }
    }

    // The servers of this folder, and the short-lived shell and setsid that start one: every
    // process whose environment names this folder. (A server's sandboxed children have a cleared
    // environment; they die with it, and Kill takes them along.)
    private List<int> Processes()
    {
        var marker = $"NEURALKATAS_HOME={Path}";
        var found = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(System.IO.Path.GetFileName(folder), out var pid) || pid == System.Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllText($"/proc/{pid}/environ").Split('\0').Contains(marker))
                {
                    found.Add(pid);
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
            }
        }

        return found;
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
        }
    }

    // /proc/PID/stat: "pid (name) state ppid …"; the name may hold spaces and parentheses.
    private static int? ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
        }
    }
}
