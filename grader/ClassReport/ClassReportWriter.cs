using System.Text;

namespace NeuralKatas.Grader.ClassReport;

/// <summary>
/// Writes the class report of a batch: runs the similarity check, counts the class, and writes
/// OUT/report.html and OUT/class.json from the same <see cref="ClassSummary"/>.
/// </summary>
public sealed class ClassReportWriter(SimilarityOptions options)
{
    /// <summary>The file name of the page.</summary>
    public const string HtmlFileName = "report.html";

    /// <summary>The file name of the numbers.</summary>
    public const string JsonFileName = "class.json";

    /// <summary>Writes both files into <paramref name="folder"/> and returns what they show.</summary>
    public ClassSummary Write(string folder, IReadOnlyList<StudentWork> students, IReadOnlyList<string> katas, IReadOnlyList<LearnerSource> stubs)
    {
        ArgumentNullException.ThrowIfNull(students);

        // Name order, so a student's index means the same in the page, in class.json and in every pair.
        var byName = students.Select((work, order) => (work, order))
            .OrderBy(s => s.work.Report.Submission, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.work.Report.Submission, StringComparer.Ordinal)
            .ThenBy(s => s.order)
            .Select(s => s.work)
            .ToList();
        var similarity = new SimilarityCheck(options).Run(byName, katas, stubs);
        var summary = ClassStatistics.Compute([.. byName.Select(s => s.Report)], katas, similarity);
        Save(Path.Combine(folder, HtmlFileName), page => new HtmlReportWriter().Write(summary, byName, page));
        Save(Path.Combine(folder, JsonFileName), json => new ClassJsonWriter().Write(summary, json));
        return summary;
    }

    private static void Save(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        write(writer);
    }
}
