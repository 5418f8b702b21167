using System.Diagnostics;
using System.Text;

namespace NeuralKatas.Tests.Learner;

/// <summary>
/// `watch` running with its output and input piped (as under CI): output is collected as it
/// comes, and the test waits for text, types command lines and edits files in between.
/// </summary>
public sealed class PipedWatch : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly Lock gate = new();

    private PipedWatch(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) =>
        {
            lock (gate)
            {
                output.Append(e.Data).Append('\n');
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (gate)
            {
                output.Append(e.Data).Append('\n');
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything written so far.</summary>
    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts `watch` with these extra arguments in <paramref name="folder"/>.</summary>
    public static PipedWatch Start(string folder, string home, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(LearnerCli.Assembly);
        start.ArgumentList.Add("watch");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NEURALKATAS_HOME"] = home;
        start.Environment["NO_COLOR"] = "1";
        return new PipedWatch(Process.Start(start)!);
    }

    /// <summary>Waits until <paramref name="text"/> has appeared <paramref name="times"/> times in the output; fails with the output otherwise.</summary>
    public void WaitFor(string text, int times = 1, int seconds = 90)
    {
        var clock = Stopwatch.StartNew();
        while (Count(Output, text) < times)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(seconds) || process.HasExited)
            {
                Assert.Fail($"watch never printed \"{text}\" ({times}×) within {seconds} s. It printed:\n{Output}");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>Types one command line.</summary>
    public void Type(string line)
    {
        process.StandardInput.WriteLine(line);
        process.StandardInput.Flush();
    }

    /// <summary>Closes the input and waits for the exit code.</summary>
    public int WaitForExit()
    {
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            Assert.Fail($"watch did not exit. It printed:\n{Output}");
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    /// <summary>How often <paramref name="text"/> occurs in <paramref name="haystack"/>.</summary>
    public static int Count(string haystack, string text)
    {
        var count = 0;
        for (var at = haystack.IndexOf(text, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
