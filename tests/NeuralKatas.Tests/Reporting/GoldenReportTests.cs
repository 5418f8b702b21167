using NeuralKatas.Grader.Reporting;

namespace NeuralKatas.Tests.Reporting;

/// <summary>Every writer's output for every sample, against the golden files in Expected/.</summary>
[TestFixture]
public sealed class GoldenReportTests
{
    // Durations are left out and colour off: a golden file has to be the same on every machine and every run.
    private static readonly (string Extension, Func<IReportWriter> Create)[] Writers =
    [
        ("console.txt", () => new ConsoleReportWriter(useColor: false)),
        ("json", () => new JsonReportWriter(includeDurations: false)),
        ("junit.xml", () => new JUnitReportWriter(includeDurations: false)),
        ("gradescope.json", () => new GradescopeReportWriter()),
        ("md", () => new MarkdownFeedbackWriter()),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from sample in SampleReports.Singles
        from writer in Writers
        select new TestCaseData(sample.Key, writer.Extension).SetName($"{{m}}({sample.Key}.{writer.Extension})");

    [TestCaseSource(nameof(Cases))]
    public void Single_report_matches_its_expected_file(string sample, string extension)
    {
        var report = SampleReports.Singles[sample];
        var writer = Writers.Single(w => w.Extension == extension).Create();

        var text = Rendered.Text(output => writer.Write(report, output));

        ExpectedFile.AssertMatches($"{sample}.{extension}", text);
    }

    [Test]
    public void Batch_gradebook_matches_its_expected_file()
    {
        var text = Rendered.Text(output => new CsvGradebook().Write(SampleReports.Batch, SampleReports.KataIds, output));

        ExpectedFile.AssertMatches("batch.grades.csv", text);
    }

    [Test]
    public void Batch_json_matches_its_expected_file()
    {
        var text = Rendered.Text(output => new BatchJsonWriter(includeDurations: false).Write(SampleReports.Batch, output));

        ExpectedFile.AssertMatches("batch.grades.json", text);
    }
}
