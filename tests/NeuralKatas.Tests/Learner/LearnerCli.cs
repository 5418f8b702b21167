using System.Diagnostics;

namespace NeuralKatas.Tests.Learner;

/// <summary>Runs the built grader as a learner would: `dotnet neuralkatas.dll VERB …` in a fixture course's folder.</summary>
public static class LearnerCli
{
    /// <summary>The grader, built beside these tests.</summary>
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "neuralkatas.dll");

    /// <summary>Runs the grader to its end with no terminal (output piped, input from <paramref name="input"/>); returns its exit code and output.</summary>
    public static (int ExitCode, string Output, string Error) Run(string folder, string home, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NEURALKATAS_HOME"] = home;
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"neuralkatas {string.Join(' ', arguments)} did not finish within 2 minutes. Output so far:\n{output.Result}");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
