using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
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
        WarmUp();

        // The course library is the same for every kata: load it once, into the default context,
        // where every kata's own context finds it, rather than load and compile its code per kata.
        var library = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is not null && library.TryGetValue(name.Name, out var image) ? context.LoadFromStream(new MemoryStream(image)) : null;

        // One request per line: a spare may be sent the course library ahead, in a request without jobs.
        WorkerRequest request;
        do
        {
            var line = Console.In.ReadLine();
            if (line is null)
            {
                // A spare whose grader ended before needing it.
                return 0;
            }

            request = ResultChannel.Decode(line);
            foreach (var image in request.Shared)
            {
                library.TryAdd(image.Name, image.Image);
            }

            if (request.Jobs.Count == 0)
            {
                Prepare(library.Keys);
            }
        }
        while (request.Jobs.Count == 0);

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
            var outcomes = InProcessTestRunner.Run(job.Image, job.Dependencies, job.Fixtures, SnapshotFolder(job, index), console);
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

    // Only a head start: a warm-up that fails leaves the first kata to pay for NUnit's first use,
    // never a worker that dies before its request. Reading a request and signing a report cost as
    // much again on their first use (the JSON code and the HMAC's native library): a made-up pair
    // pays for them too.
    private static void WarmUp()
    {
        try
        {
            InProcessTestRunner.WarmUp();
            var key = new byte[32];
            var job = new KataJob("warm-up", [0], [new AssemblyImage("warm-up", [0])], [new AssemblyImage("shared", [0])], new Dictionary<string, string> { ["warm-up"] = "" }) { Fixtures = ["warm-up"] };
            ResultChannel.Decode(ResultChannel.Encode(WorkerRequest.For(Convert.ToBase64String(key), "warm-up", [job])));
            ResultChannel.Sign(new WorkerReport("end", 0, [new TestOutcome("warm-up", "warm-up", "warm-up", TestStatus.Passed, "", TimeSpan.Zero)], false), key);
        }
#pragma warning disable CA1031 // Any failure here is harmless, and the request must still be read.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    // Loads the course library and compiles every method of it, which the first kata would
    // otherwise do as it runs. Compiling runs nothing; what fails here is compiled on first use,
    // as without it.
    private static void Prepare(IEnumerable<string> names)
    {
        const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        foreach (var name in names)
        {
            var assembly = Attempt(() => AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name)));
            var types = assembly is null ? [] : Attempt(assembly.GetTypes) ?? [];
            foreach (var method in types.SelectMany(type => type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared & ~BindingFlags.Static))))
            {
                if (!method.IsAbstract && !method.ContainsGenericParameters)
                {
                    Attempt(() => RuntimeHelpers.PrepareMethod(method.MethodHandle));
                }
            }
        }
    }

    private static void Attempt(Action action) => Attempt(() =>
    {
        action();
        return true;
    });

    private static T? Attempt<T>(Func<T> action)
    {
        try
        {
            return action();
        }
#pragma warning disable CA1031 // Only a head start (see Prepare).
        catch (Exception)
#pragma warning restore CA1031
        {
            return default;
        }
    }

    // The kata tests read snapshots from a folder: write the request's copies into the worker's
    // own working folder (the sandbox's private /tmp).
    private static string? SnapshotFolder(KataJob job, int index)
    {
        if (job.Snapshots is null)
        {
            return null;
        }

        var folder = Directory.CreateDirectory(Path.Combine(Environment.CurrentDirectory, $"snapshots-{index}")).FullName;
        foreach (var (name, content) in job.Snapshots)
        {
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(name)), content);
        }

        return folder;
    }

    private static void Report(StreamWriter channel, WorkerReport report, byte[] key)
    {
        lock (channel)
        {
            channel.WriteLine(ResultChannel.Sign(report, key));
        }
    }
}
