using System.Collections.Concurrent;
using System.Diagnostics;

namespace NeuralKatas.Grader.Sandbox;

/// <summary>
/// Starts the grader's child processes from one thread that lives as long as the grader.
/// bwrap's --die-with-parent is the kernel's parent-death signal, and the kernel sends it when the
/// *thread* that started the process ends (prctl(2), PR_SET_PDEATHSIG): a child started from a
/// thread-pool thread was killed whenever the pool retired that thread, so a warm compile server
/// or a spare worker died between two uses.
/// </summary>
public static class SandboxStarter
{
    private static readonly BlockingCollection<(ProcessStartInfo Start, TaskCompletionSource<Process> Started)> Requests = [];

    private static readonly Lazy<Thread> Starter = new(() =>
    {
        var thread = new Thread(Serve) { IsBackground = true, Name = "NeuralKatas child starter" };
        thread.Start();
        return thread;
    });

    /// <summary>Starts <paramref name="start"/> from the starter thread and returns the started process.</summary>
    public static Process Start(ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        _ = Starter.Value;
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((start, started));
        return started.Task.GetAwaiter().GetResult();
    }

    private static void Serve()
    {
        foreach (var (start, started) in Requests.GetConsumingEnumerable())
        {
            try
            {
                started.SetResult(Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start."));
            }
#pragma warning disable CA1031 // The caller gets the failure, whatever it is; the starter thread must live on.
            catch (Exception error)
#pragma warning restore CA1031
            {
                started.SetException(error);
            }
        }
    }
}
