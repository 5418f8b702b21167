using System.Diagnostics;
using System.Globalization;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// The memory a worker uses, its child processes included: a sandboxed worker is bwrap's process,
/// with the runtime (and anything learner code starts) below it.
/// </summary>
public static class ProcessTree
{
    /// <summary>The resident memory of <paramref name="process"/> and, on Linux, every process below it, in bytes; 0 once it has exited.</summary>
    public static long WorkingSet(Process process)
    {
        try
        {
            if (!OperatingSystem.IsLinux())
            {
                process.Refresh();
                return process.WorkingSet64;
            }

            return Resident(process.Id, depth: 0);
        }
        catch (InvalidOperationException)
        {
            return 0; // it exited between the checks
        }
    }

    // /proc/PID/statm's second field is the resident size in pages; /proc/PID/task/*/children lists
    // the children each thread started. A process that ends while being read counts as nothing.
    private static long Resident(int pid, int depth)
    {
        try
        {
            var statm = File.ReadAllText($"/proc/{pid}/statm").Split(' ');
            var total = long.Parse(statm[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
            if (depth >= 16)
            {
                return total;
            }

            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                var children = File.ReadAllText(Path.Combine(task, "children"));
                foreach (var child in children.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    total += Resident(int.Parse(child, CultureInfo.InvariantCulture), depth + 1);
                }
            }

            return total;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
