using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.ClassReport;

/// <summary>Counts what a class did: per kata, per test, per mistake and per student.</summary>
public static class ClassStatistics
{
    /// <summary>Score bands per kata histogram.</summary>
    public const int Bins = 10;

    private const string NotGradedStatus = "not_graded";

    /// <summary>The summary of <paramref name="reports"/> (in class order, as the similarity check saw them) over <paramref name="katas"/>.</summary>
    public static ClassSummary Compute(IReadOnlyList<GradeReport> reports, IReadOnlyList<string> katas, SimilarityResult similarity)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(katas);
        ArgumentNullException.ThrowIfNull(similarity);
        var similar = similarity.Pairs.SelectMany(p => new[] { p.First, p.Second }).ToHashSet();
        var students = reports.Select((report, index) => Row(report, index, katas, similar.Contains(index))).ToList();
        return new ClassSummary(students, [.. katas.Select(kata => Kata(kata, reports))], Mistakes(reports), similarity);
    }

    private static StudentRow Row(GradeReport report, int index, IReadOnlyList<string> katas, bool similar)
    {
        var graded = katas.Select(id => report.Katas.FirstOrDefault(k => k.Id == id) is { } kata
            ? new StudentKata(id, Numbers.Points(kata.Score), kata.MaxScore, StatusText.Code(kata.Status))
            : new StudentKata(id, 0, 0, NotGradedStatus)).ToList();
        var statuses = report.Katas.Select(k => k.Status).ToHashSet();
        var flags = new Dictionary<string, bool>
        {
            [StudentFlags.NotGraded] = report.Error is not null,
            [StudentFlags.DidNotCompile] = statuses.Contains(KataStatus.CompileError),
            [StudentFlags.TimedOut] = statuses.Contains(KataStatus.TimedOut),
            [StudentFlags.Crashed] = statuses.Overlaps([KataStatus.Crashed, KataStatus.OutputFlood, KataStatus.ThreadLeftRunning]),
            [StudentFlags.ChangedFiles] = report.ChangedFiles.Count > 0,
            [StudentFlags.Similarity] = similar,
        };
        return new StudentRow(index, report.Submission, report.Score, report.MaxScore, graded, [.. StudentFlags.All.Where(flag => flags[flag])], report.Error);
    }

    private static KataSummary Kata(string id, IReadOnlyList<GradeReport> reports)
    {
        var grades = reports.SelectMany(r => r.Katas.Where(k => k.Id == id)).ToList();
        var maxScore = grades.Count == 0 ? 0 : grades.Max(k => k.MaxScore);
        var histogram = new int[Bins];
        foreach (var grade in grades)
        {
            histogram[Bin(grade.Score, maxScore)]++;
        }

        // Tests in the order they first appear: source order, as every report lists them.
        var tests = grades.SelectMany(k => k.Tests.Select(t => t.Name)).Distinct(StringComparer.Ordinal)
            .Select(name => new TestPassRate(name, grades.Count(k => k.Tests.Any(t => t.Name == name && t.Status == TestStatus.Passed)), grades.Count))
            .ToList();
        var title = grades.Select(k => k.Title).FirstOrDefault() ?? id;
        var mean = grades.Count == 0 ? 0 : Numbers.Points(grades.Average(k => k.Score));
        return new KataSummary(id, title, maxScore, grades.Count, grades.Count(k => k.Status == KataStatus.Passed), mean, histogram, tests);
    }

    private static int Bin(double score, double maxScore) =>
        maxScore <= 0 ? 0 : Math.Clamp((int)Math.Floor(score / maxScore * Bins), 0, Bins - 1);

    private static List<MistakeCount> Mistakes(IReadOnlyList<GradeReport> reports) =>
        [.. reports
            .SelectMany((report, index) => report.Katas.SelectMany(kata => kata.Tests
                .Where(t => t.Status != TestStatus.Passed && !string.IsNullOrEmpty(t.Mistake))
                .Select(t => (Mistake: t.Mistake!, Kata: kata.Id, Student: index))))
            .GroupBy(m => (m.Mistake, m.Kata))
            .Select(group => new MistakeCount(group.Key.Mistake, group.Key.Kata, [.. group.Select(m => m.Student).Distinct().Order()]))
            .OrderByDescending(m => m.Students.Count)
            .ThenBy(m => m.Kata, StringComparer.Ordinal)
            .ThenBy(m => m.Id, StringComparer.Ordinal)];
}
