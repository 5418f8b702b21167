using System.Collections.Concurrent;

namespace NeuralKatas.Grader.CompileServer;

/// <summary>
/// Warm compile servers for one course library and memory limit, shared by every pipeline in the
/// process (so `watch`, `batch` and the test suite keep theirs warm): at most one per core, each
/// answering one request at a time, a busy caller waiting for a free one.
/// </summary>
internal sealed class CompileServerPool
{
    private static readonly ConcurrentDictionary<(string Library, long Memory, bool Sandboxed), CompileServerPool> Pools = new();

    private readonly string setup;
    private readonly CompileLimits limits;
    private readonly SemaphoreSlim slots = new(Environment.ProcessorCount);
    private readonly ConcurrentStack<CompileServerProcess> idle = new();
    private int starting;

    private CompileServerPool(string setup, CompileLimits limits)
    {
        this.setup = setup;
        this.limits = limits;
    }

    /// <summary>The pool for this library (a <see cref="CompileServerSetup"/> line) and these limits' memory.</summary>
    public static CompileServerPool For(string setup, CompileLimits limits) =>
        Pools.GetOrAdd((setup, limits.MemoryBytes, limits.Sandbox is not null), _ => new CompileServerPool(setup, limits));

    /// <summary>Starts a server in the background unless one is waiting or starting already.</summary>
    public void Prewarm()
    {
        if (idle.IsEmpty && Interlocked.CompareExchange(ref starting, 1, 0) == 0)
        {
            idle.Push(CompileServerProcess.Start(setup, limits));
            Volatile.Write(ref starting, 0);
        }
    }

    /// <summary>Runs <paramref name="use"/> on a free server; it says whether the server may be used again (false: it is disposed).</summary>
    public T Use<T>(Func<CompileServerProcess, (T Result, bool Healthy)> use)
    {
        slots.Wait();
        try
        {
            var server = NextServer();
            var (result, healthy) = use(server);
            if (healthy)
            {
                idle.Push(server);
            }
            else
            {
                server.Dispose();
            }

            return result;
        }
        finally
        {
            slots.Release();
        }
    }

    // A server that died while idle is the grader's trouble, not the next learner's: it is replaced
    // before it is given a kata, so its death is never reported as "too complex to compile".
    private CompileServerProcess NextServer()
    {
        while (idle.TryPop(out var waiting))
        {
            if (!waiting.HasExited)
            {
                return waiting;
            }

            waiting.Dispose();
        }

        return CompileServerProcess.Start(setup, limits);
    }
}
