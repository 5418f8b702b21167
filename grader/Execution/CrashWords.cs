using System.Text;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// What a child process wrote to standard error, kept short: the line where the runtime named its
/// crash, and the last characters. The runtime names a crash on a line of its own ("Stack
/// overflow.") and the code that caused it at the end, with thousands of repeated frames between
/// them, so keeping only the end lost the name (a compiler's stack overflow was then taken for
/// the machine's trouble).
/// </summary>
/// <param name="tailLength">How many of the last characters are kept.</param>
public sealed class CrashWords(int tailLength)
{
    // How the .NET runtime opens the report of a crash it prints to standard error.
    private static readonly string[] Openings = ["Stack overflow", "Unhandled exception", "Process terminated", "Fatal error", "Out of memory"];

    private const int LineLength = 200;
    private readonly StringBuilder tail = new();
    private readonly StringBuilder line = new();
    private readonly Lock gate = new();
    private string? crashLine;

    /// <summary>Takes in the next piece of standard error, in the order it was written.</summary>
    public void Append(string text)
    {
        lock (gate)
        {
            foreach (var character in text)
            {
                if (character == '\n')
                {
                    EndLine();
                }
                else if (line.Length < LineLength)
                {
                    line.Append(character);
                }
            }

            tail.Append(text);
            if (tail.Length > tailLength)
            {
                tail.Remove(0, tail.Length - tailLength);
            }
        }
    }

    /// <summary>The line naming the crash, if any, and the last characters, on one line with " … " between them when they do not overlap.</summary>
    public override string ToString()
    {
        lock (gate)
        {
            var name = crashLine ?? (IsOpening(line.ToString()) ? line.ToString().Trim() : null);
            var last = string.Join(' ', tail.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            return name is null || last.StartsWith(name, StringComparison.Ordinal) ? last : $"{name} … {last}";
        }
    }

    private void EndLine()
    {
        if (IsOpening(line.ToString()))
        {
            crashLine = line.ToString().Trim();
        }

        line.Clear();
    }

    private static bool IsOpening(string text) => Openings.Any(opening => text.StartsWith(opening, StringComparison.Ordinal));
}
