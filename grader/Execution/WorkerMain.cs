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
        var input = Console.In.ReadToEnd();
        if (input.Length == 0)
        {
            // A spare whose grader ended before needing it: nobody else will delete its folder.
            RemoveOwnFolder();
            return 0;
        }

        var request = ResultChannel.Decode(input);
        var key = Convert.FromBase64String(request.Key);
        using var channel = new StreamWriter(
            new FileStream(request.ResultPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite), ResultChannel.Encoding)
        { AutoFlush = true };

        var console = new RawConsole();

        // The course library is the same for every kata: load it once, into the default context,
        // where every kata's own context finds it, rather than load and compile its code per kata.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        System.Runtime.Loader.AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is not null && shared.TryGetValue(name.Name, out var path) ? context.LoadFromAssemblyPath(path) : null;

        for (var index = 0; index < request.Jobs.Count; index++)
        {
            var job = request.Jobs[index];
            Report(channel, new WorkerReport("begin", index, null, false), key);
            var threads = LeftoverThreads.Snapshot();
            foreach (var path in job.SharedDependencies)
            {
                shared.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            }

            var dependencies = job.Dependencies.Select(path => new AssemblyImage(Path.GetFileNameWithoutExtension(path), File.ReadAllBytes(path))).ToList();
            var outcomes = InProcessTestRunner.Run(File.ReadAllBytes(job.AssemblyPath), dependencies, job.Fixtures, job.SnapshotDirectory, console);
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

    private static void RemoveOwnFolder()
    {
        var folder = Environment.CurrentDirectory;
        if (!Path.GetFileName(folder).StartsWith(WorkerPool.FolderPrefix, StringComparison.Ordinal))
        {
            return;
        }

        Environment.CurrentDirectory = Path.GetTempPath();
        WorkerPool.TryDeleteFolder(folder);
    }

    private static void Report(StreamWriter channel, WorkerReport report, byte[] key)
    {
        lock (channel)
        {
            channel.WriteLine(ResultChannel.Sign(report, key));
        }
    }
}
