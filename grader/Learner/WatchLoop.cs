using System.Collections.Concurrent;
using System.Diagnostics;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Reporting.Internal;
using Spectre.Console;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// `watch`: grades every kata once, shows the first that does not pass, then waits. A save under
/// katas/ (seen by a FileSystemWatcher, debounced so an editor's several writes count once)
/// re-grades only the current kata and the kata saved, on the warm pipeline; when the current
/// kata passes, the katas after it are graded to find the next. Keys (or lines, when input is
/// not a terminal) re-run, show a hint or the list, or quit. In manual mode nothing is watched:
/// for file systems that send no change events (some network and container mounts). On a
/// terminal (a <see cref="WatchScreen"/> given) everything is one screen redrawn in place;
/// otherwise each result is appended as plain lines, for pipes, logs and CI.
/// </summary>
public sealed class WatchLoop(LearnerSession session, LearnerView view, WatchScreen? screen, HintStore hints, bool manual)
{
    /// <summary>How long the folder must be quiet after a change before it is graded.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(60);

    private readonly BlockingCollection<WatchSignal> signals = [];
    private readonly HashSet<string> changedPaths = [];
    private readonly Lock gate = new();
    private long firstChangeTicks;
    private Timer? debounce;
    private CourseProgress? shown;
    private string? shownNote;
    private string shownStatus = string.Empty;
    private int hintLevel;

    /// <summary>Runs until the learner quits; returns the exit code (0 when every kata passes).</summary>
    public int Run()
    {
        var console = view.Console;
        console.WriteLine(Advice.Checking);

        // Watching starts before the first check, so a save made while it runs is not missed.
        debounce = new Timer(_ => signals.Add(WatchSignal.Changed));
        using var watcher = manual ? null : Watch(session.Course.KatasDirectory);
        var clock = Stopwatch.StartNew();
        var progress = session.GradeAll();
        Show(progress, null, clock.Elapsed);

        // A check answered from the cache started no compiler: one warms up now, before the first save.
        session.WarmUp();
        StartInput();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            signals.Add(WatchSignal.Quit);
        };

        foreach (var signal in signals.GetConsumingEnumerable())
        {
            switch (signal)
            {
                case WatchSignal.Quit:
                    return progress.Current is null ? 0 : 1;
                case WatchSignal.Hint:
                    ShowHint(progress);
                    break;
                case WatchSignal.List:
                    if (screen is null)
                    {
                        view.List(progress);
                    }
                    else
                    {
                        console.Clear();
                        view.List(progress);
                        console.WriteLine(Advice.WatchKeys);
                    }

                    break;
                case WatchSignal.Changed or WatchSignal.Rerun:
                    var (changed, since) = TakeChanges(signal);
                    if (signal == WatchSignal.Changed && changed.Count == 0)
                    {
                        break;
                    }

                    Checking(progress, changed);
                    var before = progress.Current;
                    progress = session.Regrade(progress, changed);
                    var moved = before is null || !progress.IsPassed(before)
                        ? null
                        : progress.Current is null ? Advice.LastKataPassed(before.Id) : Advice.KataPassed(before.Id);
                    Show(progress, moved, Stopwatch.GetElapsedTime(since));
                    break;
            }
        }

        return 1;
    }

    private string Keys => manual ? Advice.ManualKeys : !Console.IsInputRedirected ? Advice.WatchKeys : Advice.LineCommands;

    private void Show(CourseProgress progress, string? note, TimeSpan elapsed)
    {
        if (shown?.Current != progress.Current)
        {
            hintLevel = 0;
        }

        (shown, shownNote, shownStatus) = (progress, note, Advice.CheckedIn(elapsed));
        if (screen is not null)
        {
            screen.Draw(progress, hintLevel, note, shownStatus, Keys);
            return;
        }

        var console = view.Console;
        console.WriteLine();
        console.WriteLine(new string('─', 60));
        view.Focus(progress);
        console.WriteLine();
        if (note is not null)
        {
            console.WriteLine(note);
        }

        console.WriteLine(shownStatus);
        console.WriteLine(Keys);
    }

    // On a terminal the screen says a check is under way from the save on (an endless loop takes
    // the whole time limit, a first F# check a few seconds); the result replaces it.
    private void Checking(CourseProgress progress, IReadOnlyCollection<KataDefinition> changed)
    {
        if (screen is not null)
        {
            var what = changed.Count > 0 ? string.Join(", ", changed.Select(kata => kata.Id)) : progress.Current?.Id ?? "every kata";
            screen.Draw(progress, hintLevel, shownNote, Advice.CheckingKata(what), Keys);
        }
    }

    private void ShowHint(CourseProgress progress)
    {
        if (progress.Current is not { } kata)
        {
            view.Console.WriteLine(Advice.AllPassed);
            return;
        }

        hintLevel = Math.Min(hints.Seen(kata.Id) + 1, kata.Hints.Count);
        hints.MarkSeen(kata.Id, hintLevel);
        if (screen is not null)
        {
            screen.Draw(progress, hintLevel, shownNote, shownStatus, Keys);
            return;
        }

        view.Console.WriteLine();
        if (kata.Hints.Count == 0)
        {
            view.Console.WriteLine(Advice.NoHints(kata.Id));
            return;
        }

        view.Hint(kata, hintLevel);
        view.Console.WriteLine(hintLevel < kata.Hints.Count ? Advice.NextHintKey : Advice.NoMoreHints(kata.Id));
    }

    private (IReadOnlyCollection<KataDefinition> Katas, long Since) TakeChanges(WatchSignal signal)
    {
        lock (gate)
        {
            var katas = changedPaths.Select(session.KataOf).OfType<KataDefinition>().Distinct().ToList();
            var since = signal == WatchSignal.Changed && firstChangeTicks != 0 ? firstChangeTicks : Stopwatch.GetTimestamp();
            changedPaths.Clear();
            firstChangeTicks = 0;
            return (katas, since);
        }
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => OnChange(e.FullPath);
        watcher.Created += (_, e) => OnChange(e.FullPath);
        watcher.Deleted += (_, e) => OnChange(e.FullPath);
        watcher.Renamed += (_, e) => OnChange(e.FullPath);

        // Events were lost (the kernel's queue overflowed): check again rather than miss a save.
        watcher.Error += (_, _) => signals.Add(WatchSignal.Rerun);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void OnChange(string path)
    {
        if (!IsKataSource(path))
        {
            return;
        }

        lock (gate)
        {
            if (changedPaths.Count == 0)
            {
                firstChangeTicks = Stopwatch.GetTimestamp();
            }

            changedPaths.Add(path);
            debounce?.Change(Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    // Source files only; not build output (dotnet test writes bin/ and obj/) and not reset's backups.
    private bool IsKataSource(string path)
    {
        if (!(path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".fs", StringComparison.Ordinal)))
        {
            return false;
        }

        var parts = Path.GetRelativePath(session.Course.KatasDirectory, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return !parts.Any(part => part is "bin" or "obj" or KataReset.BackupFolder);
    }

    private void StartInput()
    {
        var reader = new Thread(Console.IsInputRedirected ? ReadLines : ReadKeys) { IsBackground = true, Name = "watch input" };
        reader.Start();
    }

    private void ReadKeys()
    {
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            var signal = key.Key == ConsoleKey.Enter ? WatchSignal.Rerun : ToSignal(char.ToLowerInvariant(key.KeyChar).ToString());
            if (signal is not null)
            {
                signals.Add(signal.Value);
            }
        }
    }

    private void ReadLines()
    {
        while (Console.In.ReadLine() is { } line)
        {
            var signal = line.Trim().Length == 0 ? WatchSignal.Rerun : ToSignal(line.Trim().ToLowerInvariant());
            if (signal is not null)
            {
                signals.Add(signal.Value);
            }
        }

        // With no more input, manual mode could never check again.
        if (manual)
        {
            signals.Add(WatchSignal.Quit);
        }
    }

    private static WatchSignal? ToSignal(string command) => command switch
    {
        "r" => WatchSignal.Rerun,
        "h" => WatchSignal.Hint,
        "l" => WatchSignal.List,
        "q" => WatchSignal.Quit,
        _ => null,
    };
}
