using System.Globalization;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// Finds threads that learner code started and left running. .NET cannot list managed threads,
/// so this reads the operating system's view (/proc/self/task, Linux only): a thread that did
/// not exist before a kata's tests, still exists after them and keeps spending CPU is one the
/// tests left behind. Threads the runtime starts and parks (tiered compilation, the thread pool)
/// spend no CPU while idle, so they are not mistaken for it. Elsewhere the check finds nothing;
/// the worker's exit at the end still stops every thread.
/// </summary>
public static class LeftoverThreads
{
    private const string TaskFolder = "/proc/self/task";

    /// <summary>The ids of this process's threads now.</summary>
    public static HashSet<string> Snapshot() =>
        Directory.Exists(TaskFolder)
            ? [.. Directory.EnumerateDirectories(TaskFolder).Select(Path.GetFileName).OfType<string>()]
            : [];

    /// <summary>True when threads absent from <paramref name="before"/> together spend CPU for most of a short window.</summary>
    public static bool AnyStartedSince(HashSet<string> before)
    {
        var candidates = Snapshot().Where(id => !before.Contains(id)).ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        var window = TimeSpan.FromMilliseconds(100);
        var start = candidates.ToDictionary(id => id, CpuTicks);
        Thread.Sleep(window);
        var ticksPerSecond = 100.0; // USER_HZ: the unit of /proc times on every Linux .NET supports.
        // Summed over the new threads: several spinning threads share the cores, so each alone may look idle.
        return candidates.Sum(id => CpuTicks(id) - start[id]) / ticksPerSecond > window.TotalSeconds / 2;
    }

    private static long CpuTicks(string threadId)
    {
        try
        {
            // Fields after the parenthesised name: utime is the 12th and stime the 13th.
            var stat = File.ReadAllText(Path.Combine(TaskFolder, threadId, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // the thread ended while we looked
        }
    }
}
