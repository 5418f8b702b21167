using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NeuralKatas.Grader.Execution;

/// <summary>Starts a worker: this same program, `worker` verb, under the dotnet host, with its memory capped.</summary>
public static class WorkerLauncher
{
    /// <summary>The started worker, with standard input, output and error redirected.</summary>
    public static Process Start(string workingDirectory, WorkerLimits limits)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var grader = typeof(WorkerMain).Assembly.Location;
        var folder = Path.GetDirectoryName(grader)!;
        var name = Path.GetFileNameWithoutExtension(grader);
        foreach (var argument in new[] { "exec", "--runtimeconfig", Path.Combine(folder, name + ".runtimeconfig.json"), "--depsfile", Path.Combine(folder, name + ".deps.json"), grader, "worker" })
        {
            start.ArgumentList.Add(argument);
        }

        // A hard GC heap limit turns a runaway allocation into an OutOfMemoryException in the test
        // that made it; the supervisor's working-set check backs it up.
        start.Environment["DOTNET_GCHeapHardLimit"] = limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment.Remove("NEURALKATAS_UPDATE_SNAPSHOTS");
        return Process.Start(start) ?? throw new InvalidOperationException("The worker process did not start.");
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
