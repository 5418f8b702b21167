using System.Diagnostics;
using System.Text;

namespace NeuralKatas.Tests.Classroom;

/// <summary>
/// Runs a workflow step's script the way a GitHub-hosted Linux runner does (bash --noprofile --norc
/// -eo pipefail), with the files and variables a step gets: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
/// RUNNER_TEMP and CI=true.
/// </summary>
public static class ShellStep
{
    /// <summary>What a step did.</summary>
    /// <param name="ExitCode">bash's exit code.</param>
    /// <param name="Output">Standard output and error, interleaved as they came.</param>
    /// <param name="Outputs">The step outputs it wrote to GITHUB_OUTPUT.</param>
    /// <param name="Summary">What it wrote to GITHUB_STEP_SUMMARY.</param>
    public sealed record Result(int ExitCode, string Output, IReadOnlyDictionary<string, string> Outputs, string Summary);

    /// <summary>Runs <paramref name="script"/> in <paramref name="folder"/> with <paramref name="environment"/> added.</summary>
    public static Result Run(string script, string folder, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var temp = Directory.CreateTempSubdirectory("neuralkatas-step-").FullName;
        try
        {
            var scriptFile = Path.Combine(temp, "step.sh");
            var outputFile = Path.Combine(temp, "github_output");
            var summaryFile = Path.Combine(temp, "step_summary");
            File.WriteAllText(scriptFile, script);
            File.WriteAllText(outputFile, string.Empty);
            File.WriteAllText(summaryFile, string.Empty);

            var start = new ProcessStartInfo("bash") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "--noprofile", "--norc", "-eo", "pipefail", scriptFile })
            {
                start.ArgumentList.Add(argument);
            }

            Isolate(start.Environment);
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            start.Environment["CI"] = "true";
            start.Environment["GITHUB_OUTPUT"] = outputFile;
            start.Environment["GITHUB_STEP_SUMMARY"] = summaryFile;
            start.Environment["RUNNER_TEMP"] = temp;

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"The step did not finish within {timeout}:\n{script}\n{output}");
            }

            process.WaitForExit();
            return new Result(process.ExitCode, output.ToString(), Outputs(File.ReadAllLines(outputFile)), File.ReadAllText(summaryFile));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    // A build started from inside `dotnet test` must not inherit its MSBuild settings, and must not
    // leave build servers behind when the test ends.
    private static void Isolate(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.Where(name => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(name);
        }

        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["UseSharedCompilation"] = "false";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
    }

    // GITHUB_OUTPUT lines are name=value (the heredoc form is not used by our workflows).
    private static Dictionary<string, string> Outputs(IEnumerable<string> lines) =>
        lines.Where(line => line.Contains('=', StringComparison.Ordinal))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
