using System.Diagnostics;
using System.Globalization;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Grader.CompileServer;

/// <summary>
/// Starts a compile server: this same program, `compile-server` verb, under the dotnet host, with
/// its memory capped. The one place its process is described, so a sandbox can wrap it.
/// </summary>
public static class CompileServerLauncher
{
    /// <summary>How the compile server is started: standard input, output and error redirected.</summary>
    public static ProcessStartInfo StartInfo(CompileLimits limits)
    {
        var start = new ProcessStartInfo(WorkerLauncher.DotnetHost())
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = CompileWire.Encoding,
            StandardOutputEncoding = CompileWire.Encoding,
        };
        var grader = typeof(CompileServerMain).Assembly.Location;
        var folder = Path.GetDirectoryName(grader)!;
        var name = Path.GetFileNameWithoutExtension(grader);
        foreach (var argument in new[] { "exec", "--runtimeconfig", Path.Combine(folder, name + ".runtimeconfig.json"), "--depsfile", Path.Combine(folder, name + ".deps.json"), grader, "compile-server" })
        {
            start.ArgumentList.Add(argument);
        }

        // Source that makes a compiler allocate without end gets an OutOfMemoryException here, not
        // the instructor's machine swapping.
        start.Environment["DOTNET_GCHeapHardLimit"] = limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        return start;
    }

    /// <summary>A started compile server.</summary>
    public static Process Start(CompileLimits limits) =>
        Process.Start(StartInfo(limits)) ?? throw new InvalidOperationException("The compile server did not start.");
}
