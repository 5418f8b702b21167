namespace NeuralKatas.Grader.Reporting;

/// <summary>Every single-submission report format, chosen by name (as NUnitLite chooses its result writers).</summary>
public static class ReportWriters
{
    // Factories rather than instances: the console writer decides about colour per write, and a
    // fresh writer per request keeps options (durations, colour) from leaking between callers.
    private static readonly (string Name, Func<IReportWriter> Create)[] Catalogue =
    [
        ("console", () => new ConsoleReportWriter()),
        ("json", () => new JsonReportWriter()),
        ("junit", () => new JUnitReportWriter()),
        ("gradescope", () => new GradescopeReportWriter()),
        ("markdown", () => new MarkdownFeedbackWriter()),
        ("classroom", () => new ClassroomReportWriter()),
    ];

    /// <summary>The names of every format, in the order help text should list them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Catalogue.Select(entry => entry.Name)];

    /// <summary>The format called <paramref name="name"/> (any case), or null when there is none.</summary>
    public static IReportWriter? Find(string name)
    {
        foreach (var (entryName, create) in Catalogue)
        {
            if (string.Equals(entryName, name, StringComparison.OrdinalIgnoreCase))
            {
                return create();
            }
        }

        return null;
    }

    /// <summary>The format called <paramref name="name"/> (any case).</summary>
    /// <exception cref="ArgumentException">No format has that name; the message lists the valid ones.</exception>
    public static IReportWriter Get(string name) =>
        Find(name) ?? throw new ArgumentException(UnknownFormatMessage(name), nameof(name));

    /// <summary>The message for a format name that does not exist, listing the valid ones.</summary>
    public static string UnknownFormatMessage(string name) =>
        $"Unknown report format '{name}'. Valid formats: {string.Join(", ", Names)}.";
}
