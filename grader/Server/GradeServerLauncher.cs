using System.ComponentModel;
using System.Diagnostics;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// Starts a grade server for next time, fully detached from the command that starts it: util-linux's
/// `setsid --fork` puts it in a session of its own (no terminal, so no Ctrl-C or hang-up reaches it;
/// not a child of the command, which exits at once), its input is /dev/null and its output goes to
/// its log. It must never hold the command's own output open: a script or a test reading that
/// output to its end would wait for the server.
/// </summary>
public static class GradeServerLauncher
{
    // The positional parameters after the script: the log file, then the command line to run.
    private const string Script = "log=\"$1\"; shift; exec setsid --fork \"$@\" </dev/null >>\"$log\" 2>&1";

    private static readonly TimeSpan ForkAllowance = TimeSpan.FromSeconds(5);

    /// <summary>Starts a server for <paramref name="courseRoot"/> at <paramref name="address"/>; false when it could not be started (it is only ever a speed-up).</summary>
    public static bool StartDetached(GradeServerAddress address, string courseRoot)
    {
        ArgumentNullException.ThrowIfNull(address);
        var server = WorkerLauncher.ThisProgram("serve", "--course", courseRoot);

        // Every stream redirected, so the shell inherits none of this command's own; the shell
        // then points the server's at /dev/null and the log before the server starts.
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = address.Folder,
        };
        foreach (var argument in new[] { "-c", Script, "sh", address.LogFile, server.FileName }.Concat(server.ArgumentList))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var shell = Process.Start(start);
            if (shell is null)
            {
                return false;
            }

            // setsid forks the server and returns at once; waiting for it leaves no zombie behind.
            shell.StandardInput.Close();
            return shell.WaitForExit(ForkAllowance) && shell.ExitCode == 0;
        }
        catch (Exception error) when (error is Win32Exception or IOException or InvalidOperationException)
        {
            return false;
        }
    }
}
