using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// The worker process: reads its request from standard input, runs each job's tests in turn and
/// reports each through the signed result channel, then exits, stopping any thread the tests
/// left behind. It runs learner code, so the supervisor assumes it may hang, crash or lie.
/// </summary>
public static class WorkerMain
{
    /// <summary>Runs the request on standard input; never returns normally.</summary>
    public static int Run()
    {
        var request = ResultChannel.Decode(Console.In.ReadToEnd());
        var key = Convert.FromBase64String(request.Key);
        using var channel = new StreamWriter(
            new FileStream(request.ResultPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite), ResultChannel.Encoding)
        { AutoFlush = true };

        var console = new RawConsole();

        for (var index = 0; index < request.Jobs.Count; index++)
        {
            var job = request.Jobs[index];
            Report(channel, new WorkerReport("begin", index, null, false), key);
            var threads = LeftoverThreads.Snapshot();
            var dependencies = (job.Dependencies ?? []).Select(path => new AssemblyImage(Path.GetFileNameWithoutExtension(path), File.ReadAllBytes(path))).ToList();
            var outcomes = InProcessTestRunner.Run(File.ReadAllBytes(job.AssemblyPath), dependencies, job.SnapshotDirectory, console);
            var leftRunning = LeftoverThreads.AnyStartedSince(threads);
            Report(channel, new WorkerReport("end", index, outcomes, leftRunning), key);
        }

        channel.Flush();
        Console.Out.Flush();

        // Exit, not return: a foreground thread the learner left running would otherwise keep
        // the process alive until the supervisor's time limit.
        Environment.Exit(0);
        return 0;
    }

    private static void Report(StreamWriter channel, WorkerReport report, byte[] key)
    {
        lock (channel)
        {
            channel.WriteLine(ResultChannel.Sign(report, key));
        }
    }
}
