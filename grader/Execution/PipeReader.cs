namespace NeuralKatas.Grader.Execution;

/// <summary>
/// Reads a child process's pipe on a thread of its own, not the thread pool's: with the pool
/// starved by a busy batch or test run, output already written went unread (an answer past its
/// budget, a worker blocked on a full pipe) and the child looked as if it hung.
/// </summary>
internal static class PipeReader
{
    /// <summary>Starts <paramref name="read"/> on a background thread; the pipe closing under it (the child killed) ends it quietly.</summary>
    public static Thread Start(string name, Action read)
    {
        var thread = new Thread(() =>
        {
            try
            {
                read();
            }
            catch (Exception error) when (error is IOException or ObjectDisposedException)
            {
            }
        }) { IsBackground = true, Name = name };
        thread.Start();
        return thread;
    }
}
