using System.Diagnostics;

namespace NeuralKatas.Tests.EndToEnd;

/// <summary>
/// Runs the built grader as a learner or a CI job would, as its own process: `dotnet neuralkatas.dll …`.
/// The test project references the grader, so the assembly sits beside the tests' own.
/// </summary>
public static class GraderProcess
{
    // Generous: a cold start and a full grade take a few seconds; this only stops a hang from hanging the suite.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The grader's assembly, next to the test assembly.</summary>
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "neuralkatas.dll");

    /// <summary>Runs the grader with <paramref name="arguments"/> in <paramref name="workingDirectory"/> and waits for it.</summary>
    public static GraderRun Run(string workingDirectory, params string[] arguments) =>
        RunWith(workingDirectory, new Dictionary<string, string>(), null, arguments);

    /// <summary>
    /// Runs the grader with extra <paramref name="environment"/> variables and, when
    /// <paramref name="input"/> is not null, that text on its standard input (closed after it).
    /// </summary>
    public static GraderRun RunWith(string workingDirectory, IReadOnlyDictionary<string, string> environment, string? input, params string[] arguments) =>
        RunWithin(Timeout, workingDirectory, environment, input, arguments);

    /// <summary>As <see cref="RunWith"/>, stopped after <paramref name="timeout"/>: for the few runs that compile F# cold beside a busy suite.</summary>
    public static GraderRun RunWithin(TimeSpan timeout, string workingDirectory, IReadOnlyDictionary<string, string> environment, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain text whatever terminal the tests run in: the assertions read words, not escape codes.
        start.Environment["NO_COLOR"] = "1";

        // A grade server only where a test asks for one (Server/ServerHome), whatever the shell running the tests exported.
        start.Environment.Remove("NEURALKATAS_SERVER");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"neuralkatas {string.Join(' ', arguments)} ran for more than {timeout.TotalSeconds} s.");
        }

        process.WaitForExit();
        return new GraderRun(process.ExitCode, output.Result, error.Result);
    }
}
