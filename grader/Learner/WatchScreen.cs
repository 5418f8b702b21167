using System.Text;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Reporting.Internal;
using Spectre.Console;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// The one screen `watch` shows on a terminal: drawn whole and redrawn in place, never appended
/// to. What does not fit the terminal is cut from the first problem's message (then from the
/// middle), so the progress bar at the top and the status and keys at the bottom stay in view.
/// </summary>
public sealed class WatchScreen(TextWriter terminal, CourseLayout course, bool color)
{
    private const string Home = "\u001b[H";
    private const string ClearLine = "\u001b[K";
    private const string ClearBelow = "\u001b[J";

    // From the whole message down to its first line: the first that fits is drawn.
    private static readonly int?[] MessageCaps = [null, 8, 4, 1];

    /// <summary>Draws the screen: the current kata (or the end of the path), a hint when one was asked for, a note, the status and the keys.</summary>
    public void Draw(CourseProgress progress, int hintLevel, string? note, string status, string keys)
    {
        var (width, height) = Size();
        var footer = Render(width, null, view =>
        {
            if (hintLevel > 0 && progress.Current is { } kata && kata.Hints.Count > 0)
            {
                view.Console.WriteLine();
                view.Hint(kata, hintLevel);
                view.Console.WriteLine(hintLevel < kata.Hints.Count ? Advice.NextHintKey : Advice.NoMoreHints(kata.Id));
            }

            view.Console.WriteLine();
            if (note is not null)
            {
                view.Console.WriteLine(note);
            }

            view.Console.WriteLine(status);
            view.Console.WriteLine(keys);
        });

        // The last row stays empty: writing into it would scroll the screen up by a line.
        var room = Math.Max(1, height - 1 - footer.Count);
        var body = MessageCaps.Select(cap => Render(width, cap, view => view.Focus(progress))).FirstOrDefault(lines => lines.Count <= room)
            ?? Cut(Render(width, MessageCaps[^1], view => view.Focus(progress)), room);

        var screen = new StringBuilder(Home);
        foreach (var line in body.Concat(footer))
        {
            screen.Append(line).Append(ClearLine).Append('\n');
        }

        terminal.Write(screen.Append(ClearBelow).ToString());
        terminal.Flush();
    }

    private List<string> Render(int width, int? messageLines, Action<LearnerView> draw)
    {
        var buffer = new StringWriter { NewLine = "\n" };
        var console = LearnerConsole.Create(buffer, color, interactive: false);
        console.Profile.Width = width;
        draw(new LearnerView(console, course) { MessageLines = messageLines });
        return [.. buffer.ToString().TrimEnd('\n').Split('\n')];
    }

    private static List<string> Cut(List<string> lines, int room) =>
        lines.Count <= room ? lines : [.. lines.Take(room - 1), "…"];

    private static (int Width, int Height) Size()
    {
        try
        {
            return (Console.WindowWidth > 0 ? Console.WindowWidth : 80, Console.WindowHeight > 0 ? Console.WindowHeight : 24);
        }
        catch (IOException)
        {
            return (80, 24);
        }
    }
}
