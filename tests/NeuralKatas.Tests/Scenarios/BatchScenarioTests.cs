using NeuralKatas.Grader.Batch;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Tests.Loading;
using NeuralKatas.Tests.Reporting;

namespace NeuralKatas.Tests.Scenarios;

/// <summary>
/// The batch scenario: a class folder mixing the case folders' submissions (folders and zips, a
/// correct one, the stubs, a compile error, a hostile one) with an empty folder and a refused zip.
/// Every submission gets its row, and the gradebook and grades.json match batch/.
/// </summary>
[TestFixture]
public sealed class BatchScenarioTests
{
    // Student name → the case folder their submission is built from.
    private static readonly (string Student, string Case)[] Class =
    [
        ("alice", "reference-solutions"),
        ("bob", "github-wrapped-zip"),
        ("carol", "compile-error-in-03"),
        ("dave", "hostile-environment-exit"),
        ("grace", "shipped-stubs"),
    ];

    // The refused and the empty submissions' messages name the path they were given: the test's own temp folder.
    private const string WorkPlaceholder = "<work>";

    private static readonly Lazy<(IReadOnlyList<GradeReport> Reports, string Work)> Graded = new(GradeClass);

    private static string Folder => Path.Combine(ScenarioCatalogue.Folder, "batch");

    [Test]
    public void Every_submission_gets_a_row_and_the_broken_ones_an_error()
    {
        var reports = Graded.Value.Reports;

        Assert.That(reports.Select(r => r.Submission), Is.EqualTo(new[] { "alice", "bob", "carol", "dave", "erin", "grace", "traversal" }));
        Assert.That(reports.Where(r => r.FullMarks).Select(r => r.Submission), Is.EqualTo(new[] { "alice", "bob" }));
        Assert.That(reports.Where(r => r.Error is not null).Select(r => r.Submission), Is.EqualTo(new[] { "erin", "traversal" }));
    }

    [Test]
    public void The_gradebook_matches_its_expected_file()
    {
        var text = Rendered.Text(output => new CsvGradebook().Write(Graded.Value.Reports, [.. RepositoryRoot.Course.Manifest.Katas.Select(k => k.Id)], output));

        ExpectedReport.AssertMatches(Path.Combine(Folder, "expected_grades.csv"), Stable(text));
    }

    [Test]
    public void The_batch_json_matches_its_expected_file()
    {
        var text = Rendered.Text(output => new BatchJsonWriter(includeDurations: false).Write(Graded.Value.Reports, output));

        ExpectedReport.AssertMatches(Path.Combine(Folder, "expected_grades.json"), Stable(text));
    }

    private static string Stable(string text) => text.Replace(Graded.Value.Work, WorkPlaceholder, StringComparison.Ordinal);

    private static (IReadOnlyList<GradeReport>, string) GradeClass()
    {
        var work = new TemporaryFolder();
        try
        {
            var submissions = Path.Combine(work.Path, "class");
            Directory.CreateDirectory(submissions);
            foreach (var (student, name) in Class)
            {
                var scenario = ScenarioCatalogue.Cases().Single(s => s.Name == name);
                ScenarioSubmission.Build(scenario with { Name = student }, submissions);
            }

            Directory.CreateDirectory(Path.Combine(submissions, "erin"));
            TraversalZip.WriteInto(submissions);

            var options = new GradeOptions(null, [], ScenarioGrader.Limits);
            var reports = new BatchGrader(ScenarioGrader.Pipeline).Grade(BatchGrader.FindSubmissions(submissions), options, parallelism: 2, _ => { });
            return (reports, work.Path);
        }
        finally
        {
            work.Dispose();
        }
    }
}
