using System.Text;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Batch;

/// <summary>
/// A batch's output folder, kept up to date as each student is graded: the student's feedback
/// file, then grades.csv and grades.json with everyone graded so far. Each file is written to a
/// temporary name and renamed into place, so a batch stopped at any moment (Ctrl-C, SIGTERM, a
/// kill) leaves whole files holding every grade it had, never a half-written one.
/// </summary>
public sealed class BatchOutput
{
    private readonly string folder;
    private readonly string feedbackFolder;
    private readonly IReadOnlyList<string> kataIds;
    private readonly bool showHiddenMessages;
    private readonly List<GradeReport> graded = [];
    private readonly Dictionary<string, string> feedbackNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    /// <summary>Creates <paramref name="outputFolder"/> and its feedback/ folder, with a gradebook of nobody yet.</summary>
    /// <param name="outputFolder">Where grades.csv, grades.json and feedback/ go.</param>
    /// <param name="kataIds">The gradebook's kata columns.</param>
    /// <param name="showHiddenMessages">True to show the hidden tests' messages in the students' feedback too.</param>
    public BatchOutput(string outputFolder, IReadOnlyList<string> kataIds, bool showHiddenMessages)
    {
        folder = Directory.CreateDirectory(outputFolder).FullName;
        feedbackFolder = Directory.CreateDirectory(Path.Combine(folder, "feedback")).FullName;
        this.kataIds = kataIds;
        this.showHiddenMessages = showHiddenMessages;
        SaveGradebook();
    }

    /// <summary>The gradebook's path.</summary>
    public string GradesCsv => Path.Combine(folder, "grades.csv");

    /// <summary>Writes <paramref name="report"/>'s feedback and the gradebook with it; safe to call from several threads.</summary>
    public void Add(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        lock (gate)
        {
            graded.Add(report);
            var feedback = showHiddenMessages ? report : HiddenTestMessages.Withhold(report);
            Save(Path.Combine(feedbackFolder, FeedbackName(report.Submission)), writer => new MarkdownFeedbackWriter().Write(feedback, writer));
            SaveGradebook();
        }
    }

    private void SaveGradebook()
    {
        Save(GradesCsv, writer => new CsvGradebook().Write(graded, kataIds, writer));
        Save(Path.Combine(folder, "grades.json"), writer => new BatchJsonWriter().Write(graded, writer));
    }

    // Two names can reduce to the same safe file name; number the later ones (in the order they
    // were graded) rather than overwrite.
    private string FeedbackName(string submission)
    {
        if (feedbackNames.TryGetValue(submission, out var known))
        {
            return known;
        }

        var name = MarkdownFeedbackWriter.FileNameFor(submission);
        for (var n = 2; feedbackNames.ContainsValue(name); n++)
        {
            name = $"{Path.GetFileNameWithoutExtension(MarkdownFeedbackWriter.FileNameFor(submission))}-{n}.md";
        }

        feedbackNames[submission] = name;
        return name;
    }

    private static void Save(string path, Action<TextWriter> write)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
        {
            write(writer);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
