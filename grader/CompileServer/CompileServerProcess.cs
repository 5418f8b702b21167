using System.Diagnostics;
using System.Text;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Grader.CompileServer;

/// <summary>
/// The grader's side of one running compile server: sends it a request, waits for the answer as
/// long as the budget allows, and kills it (with everything it started) when that runs out.
/// </summary>
internal sealed class CompileServerProcess : IDisposable
{
    // Starting the runtime, JIT-compiling Roslyn and compiling the course library: about 2 s on
    // a quiet machine, minutes on one overloaded many times over.
    private static readonly TimeSpan StartupAllowance = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    private const int ErrorTailChars = 2000;

    private readonly Process process;
    private readonly StringBuilder errorTail = new();
    private readonly Task<bool> ready;
    private bool stopped;

    private CompileServerProcess(Process process, string setup)
    {
        this.process = process;
        process.ErrorDataReceived += (_, line) => KeepTail(line.Data);
        process.BeginErrorReadLine();

        // The library is sent in the background: the pipe holds less than it, so writing it waits
        // for the runtime to start and read, and the grader has better things to do meanwhile.
        ready = Task.Run(async () =>
        {
            await process.StandardInput.WriteLineAsync(setup).ConfigureAwait(false);
            await process.StandardInput.FlushAsync().ConfigureAwait(false);
            return await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) == CompileWire.Ready;
        });
    }

    /// <summary>True when the server's process has ended (killed, crashed, or its input closed).</summary>
    public bool HasExited => process.HasExited;

    /// <summary>True once this server has compiled F#, so its F# compiler is warm.</summary>
    public bool FSharpWarm { get; set; }

    /// <summary>Starts a server for the course library in <paramref name="setup"/> (a <see cref="CompileServerSetup"/> line); it warms up in the background.</summary>
    public static CompileServerProcess Start(string setup, CompileLimits limits) => new(CompileServerLauncher.Start(limits), setup);

    /// <summary>
    /// The answer to <paramref name="request"/>, and how the exchange ended: no answer when the
    /// server died on it, passed <paramref name="budget"/> of CPU time on it, or did no work at all
    /// for that long.
    /// </summary>
    public (CompileResponse? Answer, ExchangeEnd End) Exchange(string request, TimeSpan budget)
    {
        WaitUntilReady();
        try
        {
            process.StandardInput.WriteLine(request);
            process.StandardInput.Flush();
        }
        catch (IOException)
        {
            return (null, ExchangeEnd.Died); // it died between requests
        }

        // The budget is the server's CPU time, so a machine busy with other work does not make an
        // honest kata look too complex; a server that hangs without working is stopped after as
        // long a time without progress.
        var answer = process.StandardOutput.ReadLineAsync();
        var cpuAtStart = CpuTime();
        var (lastCpu, idle) = (cpuAtStart, Stopwatch.StartNew());
        while (!answer.Wait(Poll))
        {
            var cpu = CpuTime();
            if (cpu != lastCpu)
            {
                (lastCpu, idle) = (cpu, Stopwatch.StartNew());
            }

            if (cpu - cpuAtStart > budget)
            {
                return (null, ExchangeEnd.OverBudget);
            }

            if (idle.Elapsed > budget)
            {
                return (null, ExchangeEnd.Stalled);
            }
        }

        return answer.Result is { } line ? (CompileWire.Read<CompileResponse>(line), ExchangeEnd.Answered) : (null, ExchangeEnd.Died);
    }

    // Until it is ready, the server has run only the grader's own code (the course library's
    // compile), so a slow start is the machine's doing, never a learner's: it is waited for.
    private void WaitUntilReady()
    {
        bool started;
        try
        {
            started = ready.Wait(StartupAllowance) && ready.Result;
        }
        catch (AggregateException)
        {
            started = false; // it died before it read the library
        }

        if (!started)
        {
            throw new InvalidOperationException($"The compile server did not start: {Stop().Trim()}");
        }
    }

    /// <summary>Kills the server if it still runs and returns the last of what it wrote to standard error (a stack overflow's report, say).</summary>
    public string Stop()
    {
        if (!stopped)
        {
            stopped = true;
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            // Also waits for standard error to be read to its end.
            process.WaitForExit();
            process.Dispose();
        }

        lock (errorTail)
        {
            return errorTail.ToString();
        }
    }

    /// <summary>Stops the server: its input closing would stop it too, but not in the middle of a compile.</summary>
    public void Dispose() => Stop();

    // The server's whole process tree: in the sandbox, the process started is bwrap's, and the
    // compiler works in a process below it.
    private TimeSpan CpuTime() => ProcessTree.CpuTime(process);

    private void KeepTail(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (errorTail)
        {
            errorTail.Append(line).Append('\n');
            if (errorTail.Length > ErrorTailChars)
            {
                errorTail.Remove(0, errorTail.Length - ErrorTailChars);
            }
        }
    }
}
