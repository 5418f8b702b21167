using NeuralKatas.Grader.Sandbox;

namespace NeuralKatas.Grader.CompileServer;

/// <summary>The limits compiling one kata's untrusted source runs under, in a compile server.</summary>
/// <param name="TimePerKata">
/// CPU time one kata's compile may take before its server is killed (and as much wall-clock time
/// without any progress, for a server that hangs without working).
/// </param>
/// <param name="FSharpWarmUp">
/// Extra time for the first F# compile in a fresh server: the F# compiler service takes seconds to
/// warm up (docs/performance.md), which is the grader's cost, not the learner's.
/// </param>
/// <param name="MemoryBytes">The server's GC heap limit (DOTNET_GCHeapHardLimit).</param>
public sealed record CompileLimits(TimeSpan TimePerKata, TimeSpan FSharpWarmUp, long MemoryBytes)
{
    /// <summary>
    /// The sandbox the compile server runs in, the workers' own (compilers have had bugs that a
    /// crafted source could reach), or null for none.
    /// </summary>
    public SandboxPolicy? Sandbox { get; init; }

    /// <summary>10 s per kata (a warm compile takes tens of milliseconds), 20 s more for F#'s first compile, 1 GiB.</summary>
    public static CompileLimits Default { get; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), 1L << 30);
}
