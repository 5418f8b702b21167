using System.Text.Json;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting.Internal;

/// <summary>Statuses as machines read them (snake_case codes) and as people read them (plain words).</summary>
internal static class StatusText
{
    /// <summary>The snake_case code the JSON schema lists, for example compile_error.</summary>
    public static string Code(KataStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    /// <summary>The snake_case code the JSON schema lists, for example not_run.</summary>
    public static string Code(TestStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    /// <summary>The status in words, lower case, to sit inside a sentence or a table cell.</summary>
    public static string Words(KataStatus status) => status switch
    {
        KataStatus.Passed => "passed",
        KataStatus.Failed => "failed",
        KataStatus.CompileError => "does not compile",
        KataStatus.Missing => "file missing",
        KataStatus.TimedOut => "timed out",
        KataStatus.Crashed => "crashed",
        KataStatus.OutputFlood => "too much output",
        KataStatus.ThreadLeftRunning => "left a thread running",
        _ => Code(status),
    };

    /// <summary>The status in words, lower case.</summary>
    public static string Words(TestStatus status) => status switch
    {
        TestStatus.Passed => "passed",
        TestStatus.Failed => "failed",
        TestStatus.Errored => "threw an exception",
        TestStatus.NotRun => "did not run",
        _ => Code(status),
    };

    /// <summary>The status in words with a capital, to start a line.</summary>
    public static string Headline(KataStatus status) => Capitalise(Words(status));

    /// <summary>The status in words with a capital, to start a line.</summary>
    public static string Headline(TestStatus status) => Capitalise(Words(status));

    private static string Capitalise(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
}
