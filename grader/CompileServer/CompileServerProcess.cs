using System.Collections.Concurrent;
using System.Diagnostics;
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

    // Once the process has ended its pipes close, so this only bounds a read that is stuck.
    private static readonly TimeSpan DrainAllowance = TimeSpan.FromSeconds(5);

    private readonly Process process;
    private readonly CrashWords crashWords = new(tailLength: 2000);

    // What the server writes, one line at a time; null once its output has ended.
    private readonly BlockingCollection<string?> lines = new();
    private readonly Thread conversation;
    private readonly Thread errorReader;
    private bool ready;
    private bool stopped;

    private CompileServerProcess(Process process, string setup)
    {
        this.process = process;

        // The library is sent from the reading thread because the pipe holds less than it, so
        // writing it waits for the runtime to start and read.
        conversation = PipeReader.Start("compile server output", () =>
        {
            try
            {
                process.StandardInput.WriteLine(setup);
                process.StandardInput.Flush();
                while (process.StandardOutput.ReadLine() is { } line)
                {
                    lines.Add(line);
                }
            }
            finally
            {
                // Its output has ended: it exited, or died before it read the library or while answering.
                lines.Add(null);
            }
        });
        errorReader = PipeReader.Start("compile server errors", () =>
        {
            while (process.StandardError.ReadLine() is { } line)
            {
                crashWords.Append(line + "\n");
            }
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
        var cpuAtStart = CpuTime();
        var (lastCpu, idle) = (cpuAtStart, Stopwatch.StartNew());
        string? answer;
        while (!lines.TryTake(out answer, Poll))
        {
            // Ended without an answer: a process it started may still hold its output open, so
            // the end of that output is not waited for.
            if (process.HasExited)
            {
                return lines.TryTake(out answer, Poll) && answer is not null ? Answered(answer) : (null, ExchangeEnd.Died);
            }

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

        return answer is null ? (null, ExchangeEnd.Died) : Answered(answer);
    }

    private static (CompileResponse? Answer, ExchangeEnd End) Answered(string line) => (CompileWire.Read<CompileResponse>(line), ExchangeEnd.Answered);

    // Until it is ready, the server has run only the grader's own code (the course library's
    // compile), so a slow start is the machine's doing, never a learner's: it is waited for.
    // Its first line says so, and is read once: every later line is an answer.
    private void WaitUntilReady()
    {
        if (ready)
        {
            return;
        }

        if (!(lines.TryTake(out var first, StartupAllowance) && first == CompileWire.Ready))
        {
            throw new InvalidOperationException($"The compile server did not start: {Stop().Trim()}");
        }

        ready = true;
    }

    /// <summary>Kills the server if it still runs and returns the crash's name and the last of what it wrote to standard error (a stack overflow's report, say).</summary>
    public string Stop()
    {
        if (!stopped)
        {
            stopped = true;
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();

            // Its standard error is read to its end before the tail is looked at.
            errorReader.Join(DrainAllowance);
            conversation.Join(DrainAllowance);
            process.Dispose();
        }

        return crashWords.ToString();
    }

    /// <summary>Stops the server: its input closing would stop it too, but not in the middle of a compile.</summary>
    public void Dispose() => Stop();

    // The server's whole process tree: in the sandbox, the process started is bwrap's, and the
    // compiler works in a process below it.
    private TimeSpan CpuTime() => ProcessTree.CpuTime(process);
}
