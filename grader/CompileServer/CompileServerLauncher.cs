using System.Diagnostics;
using System.Globalization;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Sandbox;

namespace NeuralKatas.Grader.CompileServer;

/// <summary>
/// Starts a compile server: this same program, `compile-server` verb, under the dotnet host, with
/// its memory capped, inside the workers' sandbox when its limits have one.
/// </summary>
public static class CompileServerLauncher
{
    /// <summary>How the compile server is started: standard input, output and error redirected.</summary>
    public static ProcessStartInfo StartInfo(CompileLimits limits)
    {
        var start = WorkerLauncher.ThisProgram("compile-server");
        start.WorkingDirectory = Path.GetTempPath();
        start.StandardInputEncoding = CompileWire.Encoding;
        start.StandardOutputEncoding = CompileWire.Encoding;

        // Source that makes a compiler allocate without end gets an OutOfMemoryException here, not
        // the instructor's machine swapping.
        start.Environment["DOTNET_GCHeapHardLimit"] = limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        if (limits.Sandbox is { } sandbox)
        {
            start = SandboxedStart.Wrap(start, sandbox);
            start.StandardInputEncoding = CompileWire.Encoding;
            start.StandardOutputEncoding = CompileWire.Encoding;
        }

        return start;
    }

    /// <summary>A started compile server.</summary>
    public static Process Start(CompileLimits limits) =>
        SandboxStarter.Start(StartInfo(limits));
}
