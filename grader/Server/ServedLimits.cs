using NeuralKatas.Grader.CompileServer;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Sandbox;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// A grade request's limits as they travel to the server: the worker's and the compiler's, and
/// the sandbox as the client decided it. A sandbox nobody has looked for yet (a learner's own
/// command) travels as <see cref="MachineSandbox"/> and the server uses what it found on this
/// machine, so the client starts no trial sandbox; a decided one travels as decided, and a server
/// that cannot give it refuses rather than grade with less.
/// </summary>
/// <param name="TimePerKata">The worker's time per kata.</param>
/// <param name="MemoryBytes">The worker's heap limit.</param>
/// <param name="OutputBytes">The worker's output limit.</param>
/// <param name="Sandbox"><see cref="MachineSandbox"/>, <see cref="SandboxReport.Bubblewrap"/> or <see cref="SandboxReport.None"/>.</param>
/// <param name="CompileTimePerKata">The compiler's time per kata.</param>
/// <param name="FSharpWarmUp">The compiler's extra time for its first F# compile.</param>
/// <param name="CompileMemoryBytes">The compile server's heap limit.</param>
public sealed record ServedLimits(
    TimeSpan TimePerKata,
    long MemoryBytes,
    long OutputBytes,
    string Sandbox,
    TimeSpan CompileTimePerKata,
    TimeSpan FSharpWarmUp,
    long CompileMemoryBytes)
{
    /// <summary>The sandbox this machine has, whatever it is, as a fresh grader process would find it.</summary>
    public const string MachineSandbox = "machine";

    /// <summary>The limits of <paramref name="options"/>.</summary>
    public static ServedLimits Of(GradeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var worker = options.Limits;
        var sandbox = worker.SandboxUndecided ? MachineSandbox : SandboxReport.Describe(worker.Sandbox);
        var compile = options.CompileLimits;
        return new(worker.TimePerKata, worker.MemoryBytes, worker.OutputBytes, sandbox, compile.TimePerKata, compile.FSharpWarmUp, compile.MemoryBytes);
    }

    /// <summary>The limits to grade with in this process, or the reason they cannot be had here.</summary>
    public (WorkerLimits? Worker, CompileLimits? Compile, string? Refusal) Apply()
    {
        if (!(TimePerKata > TimeSpan.Zero && CompileTimePerKata > TimeSpan.Zero && FSharpWarmUp >= TimeSpan.Zero && MemoryBytes > 0 && OutputBytes > 0 && CompileMemoryBytes > 0))
        {
            return (null, null, "limits out of range");
        }

        var worker = WorkerLimits.Default with { TimePerKata = TimePerKata, MemoryBytes = MemoryBytes, OutputBytes = OutputBytes };
        switch (Sandbox)
        {
            case MachineSandbox:
                break;
            case SandboxReport.None:
                worker = worker with { Sandbox = null };
                break;
            case SandboxReport.Bubblewrap when SandboxAvailability.Current.Policy is { } policy:
                worker = worker with { Sandbox = policy };
                break;
            case SandboxReport.Bubblewrap:
                return (null, null, "the client has a sandbox and this server has none");
            default:
                return (null, null, $"unknown sandbox '{Sandbox}'");
        }

        return (worker, new CompileLimits(CompileTimePerKata, FSharpWarmUp, CompileMemoryBytes), null);
    }
}
