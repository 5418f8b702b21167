using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Sandbox;
using NeuralKatas.Grader.Scoring;
using Spectre.Console;

namespace NeuralKatas.Grader.Reporting;

/// <summary>
/// The grade for people at a terminal: a table of katas, then for each kata that is not passed
/// what went wrong and its first few failing tests with their teaching messages, then the totals.
/// Colour only where it will render; plain text when redirected, not a terminal, or NO_COLOR is set.
/// </summary>
public sealed class ConsoleReportWriter : IReportWriter
{
    /// <summary>How many failing tests of one kata are shown in full before "and N more".</summary>
    public const int FailuresShownPerKata = 3;

    // Without a terminal there is no width to detect, and nothing should be wrapped: a log or a
    // pipe keeps each file(line,col) diagnostic and message line whole, for editors, CI and grep.
    // A fixed width also keeps plain output the same on every machine.
    private const int PlainWidth = 4096;

    private readonly bool? useColor;

    /// <summary>A writer that uses colour when <see cref="ColorSupported"/> says the output can show it.</summary>
    public ConsoleReportWriter()
    {
    }

    /// <summary>A writer that uses colour, or plain text, whatever the output is.</summary>
    public ConsoleReportWriter(bool useColor) => this.useColor = useColor;

    /// <inheritdoc/>
    public string Name => "console";

    /// <summary>
    /// True when <paramref name="output"/> is the process's own standard output, that output is a
    /// terminal, and neither NO_COLOR (no-color.org) nor TERM=dumb asks for plain text.
    /// </summary>
    public static bool ColorSupported(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <inheritdoc/>
    public void Write(GradeReport report, TextWriter output)
    {
        var console = CreateConsole(output, useColor ?? ColorSupported(output));
        console.MarkupLineInterpolated($"[bold]NeuralKatas[/]: grade for [bold]{Printable.Clean(report.Submission)}[/]");
        console.WriteLine(SandboxReport.Line(report.Sandbox));
        console.WriteLine();
        if (report.Error is not null)
        {
            console.MarkupLineInterpolated($"[red]{Printable.Clean(Advice.CouldNotGrade(report.Error))}[/]");
            return;
        }

        console.Write(KataTable(report));

        // When nothing passes (the stubs as shipped), every kata's TODO failures would bury the one
        // place to start: show the first kata, and any other kata only if it has a problem of its own.
        var nothingPasses = KataProblems.NothingPasses(report);
        var detailed = report.Katas.Where((kata, index) => nothingPasses ? index == 0 || KataProblems.HasProblem(kata) : NeedsDetails(kata));
        foreach (var kata in detailed)
        {
            WriteDetails(console, kata);
        }

        WriteTotals(console, report);
    }

    private static IAnsiConsole CreateConsole(TextWriter output, bool color)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),

            // The decision is made already (by the caller or ColorSupported), so no second guess by
            // Spectre's detection, which would differ between a CI runner and a laptop. The report
            // uses only green, yellow, red and bold, which the 16-colour standard set renders everywhere.
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!color)
        {
            console.Profile.Width = PlainWidth;
        }

        return console;
    }

    private static Table KataTable(GradeReport report)
    {
        var table = new Table()
            .AddColumn("Kata")
            .AddColumn("Title")
            .AddColumn("Status")
            .AddColumn(new TableColumn("Score").RightAligned());
        foreach (var kata in report.Katas)
        {
            table.AddRow(
                new Text(kata.Id),
                new Text(kata.Title),
                new Text(StatusText.Words(kata.Status), Style.Parse(StatusColor(kata.Status))),
                new Text($"{Numbers.Human(kata.Score)} / {Numbers.Human(kata.MaxScore)}"));
        }

        return table;
    }

    private static bool NeedsDetails(KataGrade kata) =>
        kata.Status != KataStatus.Passed || kata.Isolation is not null || KataProblems.HasProblem(kata);

    private static void WriteDetails(IAnsiConsole console, KataGrade kata)
    {
        console.WriteLine();
        console.Write(new Markup($"[bold]{Markup.Escape(kata.Id)}[/] ({Markup.Escape(kata.Title)}): "));
        console.Write(new Text(StatusText.Words(kata.Status), Style.Parse(StatusColor(kata.Status))));
        console.WriteLine();
        foreach (var diagnostic in kata.Diagnostics)
        {
            console.Write(new Padder(new Text(Printable.Clean(diagnostic.ToString()), Style.Parse("red")), new Padding(2, 0, 0, 0)));
        }

        if (kata.Error is not null)
        {
            WriteIndented(console, kata.Error, 2);
        }

        if (kata.Isolation is not null)
        {
            WriteIndented(console, $"Isolation: {kata.Isolation}", 2);
        }

        var failing = KataProblems.NotPassed(kata);
        foreach (var test in failing.Take(FailuresShownPerKata))
        {
            console.MarkupLineInterpolated($"  [red]✗[/] [bold]{Printable.Clean(test.Name)}[/] ({StatusText.Words(test.Status)})");
            if (test.Message.Length > 0)
            {
                WriteIndented(console, test.Message, 4);
            }
        }

        if (failing.Count > FailuresShownPerKata)
        {
            var more = failing.Count - FailuresShownPerKata;
            console.MarkupLineInterpolated($"  … and {more} more failing {(more == 1 ? "test" : "tests")}; run `{Advice.RunLocally(kata.Id)}` to see them all.");
        }
    }

    private static void WriteTotals(IAnsiConsole console, GradeReport report)
    {
        var passed = report.Katas.Count(kata => kata.Status == KataStatus.Passed);
        console.WriteLine();
        console.MarkupLineInterpolated(
            $"[bold]Total: {Numbers.Human(report.Score)} / {Numbers.Human(report.MaxScore)} points[/]; {passed} of {report.Katas.Count} katas passed.");
        // Full marks with an isolation note are not yet a learner's own working network: the note says why.
        if (report.FullMarks && report.Katas.All(kata => kata.Isolation is null))
        {
            // A grade of one kata (`--kata`) says nothing about the others.
            console.MarkupLineInterpolated($"[green]{(report.Katas.Count == 1 ? Advice.OneKataPassed(report.Katas[0].Id) : Advice.AllPassed)}[/]");
        }
        else if (KataProblems.NothingPasses(report))
        {
            console.WriteLine(Advice.NothingPassesYet);
            console.WriteLine(Advice.FirstStep(report.Katas[0].Id));
        }
    }

    // Line by line through a Padder, so every line of a multi-line teaching message keeps its
    // indentation, wrapped continuation lines included.
    private static void WriteIndented(IAnsiConsole console, string text, int spaces)
    {
        foreach (var line in Printable.Clean(text).Split('\n'))
        {
            console.Write(new Padder(new Text(line), new Padding(spaces, 0, 0, 0)));
        }
    }

    // Yellow for a wrong answer, red for code that did not even run: the second needs fixing first.
    private static string StatusColor(KataStatus status) => status switch
    {
        KataStatus.Passed => "green",
        KataStatus.Failed => "yellow",
        _ => "red",
    };
}
