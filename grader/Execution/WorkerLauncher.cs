using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using NeuralKatas.Grader.Sandbox;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// Starts a worker: this same program, `worker` verb, under the dotnet host, with its memory
/// capped, inside the sandbox of its limits when they have one.
/// </summary>
public static class WorkerLauncher
{
    /// <summary>Where a sandboxed worker finds its channel file: the one host file bound into its sandbox.</summary>
    public const string ChannelInside = "/result";

    /// <summary>Starts a worker with its private <paramref name="folder"/> (which must exist), standard streams redirected.</summary>
    public static StartedWorker Start(string folder, WorkerLimits limits)
    {
        var channel = Path.Combine(folder, "channel");
        File.WriteAllBytes(channel, []);
        var start = WorkerStart(folder, limits);
        if (limits.Sandbox is { } sandbox)
        {
            start = SandboxedStart.Wrap(start, sandbox.WithWritableFile(channel, ChannelInside));
        }

        var process = SandboxStarter.Start(start);
        return new StartedWorker(process, folder, channel, limits.Sandbox is null ? channel : ChannelInside, limits);
    }

    /// <summary>How to start this program with <paramref name="arguments"/> (a verb and its options) under the dotnet host that runs this process, streams redirected.</summary>
    public static ProcessStartInfo ThisProgram(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var grader = typeof(WorkerMain).Assembly.Location;
        var folder = Path.GetDirectoryName(grader)!;
        var name = Path.GetFileNameWithoutExtension(grader);
        foreach (var argument in new[] { "exec", "--runtimeconfig", Path.Combine(folder, name + ".runtimeconfig.json"), "--depsfile", Path.Combine(folder, name + ".deps.json"), grader }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static ProcessStartInfo WorkerStart(string folder, WorkerLimits limits)
    {
        var start = ThisProgram("worker");
        start.WorkingDirectory = folder;

        // A hard GC heap limit turns a runaway allocation into an OutOfMemoryException in the test
        // that made it; the supervisor's memory check backs it up.
        start.Environment["DOTNET_GCHeapHardLimit"] = limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";

        // A worker runs each test once and exits: the profile-guided tier only pays off in code
        // that runs for long, and instrumenting the code it first compiles costs a worker a
        // tenth of its time (docs/performance.md).
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment.Remove("NEURALKATAS_UPDATE_SNAPSHOTS");
        return start;
    }

    // The dotnet host that runs this process, found from the runtime's own folder
    // (…/dotnet/shared/Microsoft.NETCore.App/10.0.x/), so it works under `dotnet run`, `dotnet test` and an apphost alike.
    internal static string DotnetHost()
    {
        var executable = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (fromEnvironment is not null && File.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, executable);
        return File.Exists(host) ? host : executable;
    }
}
