using System.CommandLine;
using NeuralKatas.Grader.CompileServer;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Sandbox;

namespace NeuralKatas.Grader.Commands;

/// <summary>The options `grade` and `batch` share: which kata, which format, where to, extra tests, time limit, sandbox.</summary>
public sealed class GradeCommandOptions
{
    /// <summary>--kata ID.</summary>
    public Option<string?> Kata { get; } = new("--kata", "-k") { Description = "Grade only this kata: any unambiguous part of its name, for example 3, 03, forward or 03-forward." };

    /// <summary>--format NAME.</summary>
    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = $"The report format: {string.Join(", ", ReportWriters.Names)}.",
        DefaultValueFactory = _ => "console",
    };

    /// <summary>--out FILE (--output, its old name, is kept as an alias for one release).</summary>
    public Option<string?> Output { get; } = new("--out", "-o", "--output") { Description = "Write the report to this file instead of the terminal. (--output, the old name, still works until the next release.)" };

    /// <summary>--tests DIR (repeatable).</summary>
    public Option<string[]> Tests { get; } = new("--tests")
    {
        Description = "A folder of extra tests (an instructor's hidden tests), laid out as DIR/<kata id>/*.cs; repeatable.",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };

    /// <summary>--time-limit SECONDS.</summary>
    public Option<double> TimeLimit { get; } = new("--time-limit")
    {
        Description = "Seconds one kata's tests may run before they are stopped.",
        DefaultValueFactory = _ => WorkerLimits.Default.TimePerKata.TotalSeconds,
    };

    /// <summary>--compile-time-limit SECONDS.</summary>
    public Option<double> CompileTimeLimit { get; } = new("--compile-time-limit")
    {
        Description = "Seconds compiling one kata may take before it is stopped as too complex to compile.",
        DefaultValueFactory = _ => CompileLimits.Default.TimePerKata.TotalSeconds,
    };

    /// <summary>--show-hidden-messages.</summary>
    public Option<bool> ShowHiddenMessages { get; } = new("--show-hidden-messages")
    {
        Description = "Show the messages of the hidden tests (--tests) in what the student sees; by default only their names and verdicts.",
    };

    /// <summary>--language csharp|fsharp.</summary>
    public Option<string?> Language { get; } = new("--language")
    {
        Description = "Grade every kata in this language (csharp or fsharp). Default: for your own katas, the word in katas/language.txt (as `dotnet test` reads it); for someone else's work, per kata, the language whose files have fewer TODOs left.",
    };

    /// <summary>--no-sandbox.</summary>
    public Option<bool> NoSandbox { get; } = new("--no-sandbox")
    {
        Description = "Run the tests without the operating-system sandbox (docs/sandbox.md), with your own rights. Needed to grade someone else's code where bubblewrap is missing.",
    };

    /// <summary>
    /// Adds the two time limits, which <see cref="Read"/> always reads: a verb that registered one
    /// without the other got a limit of 0 and refused to grade, so they are only added together.
    /// </summary>
    public void AddLimitsTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(TimeLimit);
        command.Options.Add(CompileTimeLimit);
    }

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Kata);
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(Tests);
        command.Options.Add(ShowHiddenMessages);
        AddLimitsTo(command);
        command.Options.Add(Language);
        command.Options.Add(NoSandbox);
    }

    /// <summary>The grading options, or null (after saying why on stderr) when one is invalid or, for someone else's code, there is no sandbox.</summary>
    /// <param name="parsed">The command line.</param>
    /// <param name="course">The course graded against.</param>
    /// <param name="othersCode">True when the submissions are code the user did not write (see <see cref="SandboxChoice"/>).</param>
    public GradeOptions? Read(ParseResult parsed, CourseLayout course, bool othersCode)
    {
        var kata = parsed.GetValue(Kata) is { } name ? KataName.Find(course.Manifest, name) : (null, null);
        if (kata.Error is not null)
        {
            Console.Error.WriteLine(kata.Error);
            return null;
        }

        var tests = parsed.GetValue(Tests) ?? [];
        var missing = tests.FirstOrDefault(folder => !Directory.Exists(folder));
        if (missing is not null)
        {
            Console.Error.WriteLine($"The tests folder '{missing}' does not exist.");
            return null;
        }

        var seconds = parsed.GetValue(TimeLimit);
        var compileSeconds = parsed.GetValue(CompileTimeLimit);
        if (!(seconds > 0) || !(compileSeconds > 0))
        {
            Console.Error.WriteLine($"--time-limit and --compile-time-limit must be numbers of seconds above zero; got {seconds} and {compileSeconds}.");
            return null;
        }

        var language = LearnerLanguage.Parse(parsed.GetValue(Language));
        if (parsed.GetValue(Language) is { } named && language is null)
        {
            Console.Error.WriteLine($"--language must be csharp or fsharp; got '{named}'.");
            return null;
        }

        var limits = SandboxChoice.Decide(WorkerLimits.Default with { TimePerKata = TimeSpan.FromSeconds(seconds) }, othersCode, parsed.GetValue(NoSandbox));
        if (limits is null)
        {
            return null;
        }

        return new GradeOptions(kata.Kata?.Id, [.. tests.Select(Path.GetFullPath)], limits)
        {
            Language = language,
            CompileLimits = CompileLimits.Default with { TimePerKata = TimeSpan.FromSeconds(compileSeconds) },
        };
    }
}
