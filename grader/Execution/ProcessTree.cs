using System.Diagnostics;
using System.Globalization;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// What the grader asks of its processes: whether one still runs, and the memory and CPU time a
/// sandboxed child uses, its own children included (a sandboxed worker or compile server is bwrap's
/// process, with the runtime and anything it starts below it).
/// </summary>
public static class ProcessTree
{
    // USER_HZ: the unit of /proc/PID/stat's times, fixed at 100 for user space on Linux.
    private const double TicksPerSecond = 100;

    /// <summary>True while a process with id <paramref name="pid"/> runs (ids are reused: a mark that names one is a hint, not proof).</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

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

            return Sum(process.Id, Resident, depth: 0);
        }
        catch (InvalidOperationException)
        {
            return 0; // it exited between the checks
        }
    }

    /// <summary>The CPU time <paramref name="process"/> and, on Linux, every process below it have used; zero once it has exited.</summary>
    public static TimeSpan CpuTime(Process process)
    {
        try
        {
            if (!OperatingSystem.IsLinux())
            {
                process.Refresh();
                return process.TotalProcessorTime;
            }

            return TimeSpan.FromSeconds(Sum(process.Id, Ticks, depth: 0) / TicksPerSecond);
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    // /proc/PID/statm's second field is the resident size in pages.
    private static long Resident(int pid) =>
        long.Parse(File.ReadAllText($"/proc/{pid}/statm").Split(' ')[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;

    // /proc/PID/stat's 14th and 15th fields are the user and system time; the name before them,
    // in parentheses, may hold spaces, so fields are counted from its closing parenthesis.
    private static long Ticks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    // /proc/PID/task/*/children lists the children each thread started. A process that ends while
    // being read counts as nothing; a thread that ends while being listed only has no children any
    // more. (Letting that thread's end discard the whole sum made a compile server's CPU time read
    // as zero now and then, so an honest kata looked seconds over its budget.)
    private static long Sum(int pid, Func<int, long> measure, int depth)
    {
        long total;
        try
        {
            total = measure(pid);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        return depth >= 16 ? total : total + Children(pid).Sum(child => Sum(child, measure, depth + 1));
    }

    private static List<int> Children(int pid)
    {
        var children = new List<int>();
        foreach (var task in Listed(() => Directory.GetDirectories($"/proc/{pid}/task")))
        {
            var listed = Listed(() => File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            children.AddRange(listed.Select(child => int.Parse(child, CultureInfo.InvariantCulture)));
        }

        return children;
    }

    private static string[] Listed(Func<string[]> list)
    {
        try
        {
            return list();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
