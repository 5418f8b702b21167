using System.Globalization;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// Finds threads that learner code started and left running. .NET cannot list managed threads,
/// so this reads the operating system's view (/proc/self/task, Linux only): a thread that did
/// not exist before a kata's tests, still exists after them and stays busy is one the tests left
/// behind. The runtime's and NUnit's own threads are told apart by their names. Elsewhere the check finds
/// nothing; the worker's exit at the end still stops every thread.
/// </summary>
public static class LeftoverThreads
{
    private const string TaskFolder = "/proc/self/task";

    /// <summary>The ids of this process's threads now.</summary>
    public static HashSet<string> Snapshot() =>
        Directory.Exists(TaskFolder)
            ? [.. Directory.EnumerateDirectories(TaskFolder).Select(Path.GetFileName).OfType<string>()]
            : [];

    /// <summary>
    /// True when a thread absent from <paramref name="before"/> is still busy: runnable ('R', running
    /// or waiting for a core) in most of a few samples, or gaining CPU time. Runnable, not merely
    /// "used most of a core", because on a loaded machine a spinning thread may get little CPU
    /// while it never sleeps.
    /// </summary>
    public static bool AnyStartedSince(HashSet<string> before)
    {
        // A thread left spinning is runnable at every look; NUnit's own worker thread may still be
        // ending for a few milliseconds after the run. Looking again briefly lets it go, so the
        // full check below runs only when something stays busy.
        List<string> candidates = [];
        for (var look = 0; look < 5; look++)
        {
            candidates = [.. Snapshot().Where(id => !before.Contains(id) && !IsRuntimeThread(id) && Stat(id).State == 'R')];
            if (candidates.Count == 0)
            {
                return false;
            }

            Thread.Sleep(5);
        }

        const int samples = 5;
        var startTicks = candidates.ToDictionary(id => id, id => Stat(id).Ticks);
        var runnable = candidates.ToDictionary(id => id, _ => 0);
        for (var sample = 0; sample < samples; sample++)
        {
            Thread.Sleep(20);
            foreach (var id in candidates.Where(id => Stat(id).State == 'R'))
            {
                runnable[id]++;
            }
        }

        return candidates.Any(id => runnable[id] > samples / 2 || Stat(id).Ticks - startTicks[id] >= 3);
    }

    // The runtime names its own threads ".NET …" (tiered compilation, the thread pool, timers):
    // they come and go and may be busy a moment after a kata's tests, compiling hot methods.
    // (Not NUnit's names: a thread inherits its creator's name, so a learner's thread started
    // from a test is called after NUnit's worker too.)
    private static bool IsRuntimeThread(string threadId)
    {
        try
        {
            return File.ReadAllText(Path.Combine(TaskFolder, threadId, "comm")).StartsWith(".NET", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return true; // ended already
        }
    }

    private static (char State, long Ticks) Stat(string threadId)
    {
        try
        {
            // Fields after the parenthesised name: the state is the 1st, utime the 12th and stime the 13th.
            var stat = File.ReadAllText(Path.Combine(TaskFolder, threadId, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            return ('X', 0); // the thread ended while we looked
        }
    }
}
