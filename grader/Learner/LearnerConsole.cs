using NeuralKatas.Grader.Reporting;
using Spectre.Console;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// The terminal the learner verbs write to: colour and a redrawn screen on an interactive
/// terminal; plain, append-only text when output goes to a pipe, a log or CI, or NO_COLOR is set.
/// </summary>
public static class LearnerConsole
{
    // Plain output is never wrapped, so a file:line and a message line stay whole for grep and editors.
    private const int PlainWidth = 4096;

    /// <summary>True when standard output is a terminal a screen can be redrawn on.</summary>
    public static bool Interactive =>
        !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <summary>A console over standard output, coloured only where colour will render.</summary>
    public static IAnsiConsole Create() => Create(Console.Out, ConsoleReportWriter.ColorSupported(Console.Out), Interactive);

    /// <summary>A console over <paramref name="output"/>.</summary>
    public static IAnsiConsole Create(TextWriter output, bool color, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = color || interactive ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = PlainWidth;
        }

        return console;
    }
}
