using System.Diagnostics;

namespace NeuralKatas.Tests.Learner;

/// <summary>
/// A real terminal for `watch`, from tmux: the test starts the grader in a detached session,
/// sends keys and reads the screen, as a learner sitting at a terminal would.
/// </summary>
public sealed class TmuxSession : IDisposable
{
    private readonly string name = $"nk-{Guid.NewGuid():N}"[..16];

    private TmuxSession()
    {
    }

    /// <summary>True when tmux is installed (Debian's package; .ci/run installs it).</summary>
    public static bool Available => Tmux("-V").ExitCode == 0;

    /// <summary>Starts <paramref name="command"/> in a new terminal of <paramref name="width"/>×<paramref name="height"/>, in <paramref name="folder"/>.</summary>
    public static TmuxSession Start(string folder, string home, string command, int width = 80, int height = 24)
    {
        var session = new TmuxSession();
        var shell = $"cd '{folder}' && NEURALKATAS_HOME='{home}' NO_COLOR=1 {command}; echo \"[exited $?]\"; sleep 600";
        var started = Tmux("new-session", "-d", "-s", session.name, "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", height.ToString(System.Globalization.CultureInfo.InvariantCulture), shell);
        Assert.That(started.ExitCode, Is.Zero, started.Output);
        return session;
    }

    /// <summary>What the terminal shows now.</summary>
    public string Screen => Tmux("capture-pane", "-p", "-t", name).Output;

    /// <summary>The terminal's lines now, trailing blank lines left out.</summary>
    public IReadOnlyList<string> Lines => [.. Screen.TrimEnd('\n', ' ').Split('\n').Select(line => line.TrimEnd())];

    /// <summary>Presses keys (tmux key names, for example "h" or "Enter").</summary>
    public void Keys(params string[] keys) => Tmux(["send-keys", "-t", name, .. keys]);

    /// <summary>Waits until the screen shows <paramref name="text"/>; fails with the screen otherwise.</summary>
    public void WaitFor(string text, int seconds = 90)
    {
        var clock = Stopwatch.StartNew();
        while (!Screen.Contains(text, StringComparison.Ordinal))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                Assert.Fail($"The terminal never showed \"{text}\" within {seconds} s. It shows:\n{Screen}");
            }

            Thread.Sleep(100);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Tmux("kill-session", "-t", name);

    private static (int ExitCode, string Output) Tmux(params string[] arguments)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "tmux is not installed");
        }
    }
}
