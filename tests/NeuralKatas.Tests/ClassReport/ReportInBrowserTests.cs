using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NeuralKatas.Grader.ClassReport;
using NeuralKatas.Tests.Loading;

namespace NeuralKatas.Tests.ClassReport;

/// <summary>report.html opened in a real browser (headless chromium): the script runs cleanly and the page shows class.json's numbers.</summary>
[TestFixture]
public sealed partial class ReportInBrowserTests
{
    private TemporaryFolder output = null!;
    private string dom = string.Empty;
    private JsonElement json;
    private JsonDocument document = null!;

    [OneTimeSetUp]
    public void WriteAndOpenTheReport()
    {
        Assert.That(HeadlessChromium.Path, Is.Not.Null, "chromium is not installed: apt-get install -y chromium (.ci/run does).");
        output = new TemporaryFolder();
        new ClassReportWriter(SimilarityOptions.Default).Write(output.Path, SampleClass.Everyone(), SampleClass.AllKatas, ClassSources.Stubs(RepositoryRoot.Course, SampleClass.AllKatas));
        document = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, ClassReportWriter.JsonFileName)));
        json = document.RootElement;
        dom = HeadlessChromium.DumpDom(Path.Combine(output.Path, ClassReportWriter.HtmlFileName));
    }

    [OneTimeTearDown]
    public void RemoveTheReport()
    {
        document?.Dispose();
        output?.Dispose();
    }

    [Test]
    public void The_page_script_runs_without_errors()
    {
        Assert.That(Attribute(ScriptStatus(), dom, "data-state"), Is.EqualTo("ready"), Snippet(ScriptStatus()));
    }

    [Test]
    public void Every_histogram_bar_holds_the_count_class_json_has()
    {
        foreach (var kata in json.GetProperty("katas").EnumerateArray())
        {
            var id = kata.GetProperty("id").GetString()!;
            var svg = Regex.Match(dom, $"<svg class=\"histogram\" data-kata=\"{Regex.Escape(id)}\".*?</svg>", RegexOptions.Singleline).Value;
            var bars = BarCounts().Matches(svg).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

            Assert.That(bars, Is.EqualTo(kata.GetProperty("histogram").EnumerateArray().Select(n => n.GetInt32())), id);
        }
    }

    [Test]
    public void Every_test_row_holds_the_pass_rate_class_json_has()
    {
        var expected = json.GetProperty("katas").EnumerateArray().SelectMany(k => k.GetProperty("tests").EnumerateArray())
            .Select(t => $"{t.GetProperty("passed").GetInt32()}/{t.GetProperty("graded").GetInt32()}");

        var shown = TestRows().Matches(dom).Select(m => $"{m.Groups[1].Value}/{m.Groups[2].Value}");

        Assert.That(shown, Is.EqualTo(expected));
    }

    [Test]
    public void The_students_table_holds_class_json_scores_sorted_by_the_script_lowest_total_first()
    {
        var students = json.GetProperty("students").EnumerateArray().ToList();
        var rows = StudentRows().Matches(dom).Select(m => (Index: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Row: m.Value)).ToList();

        var totals = rows.Select(r => students[r.Index].GetProperty("score").GetDouble()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Index), Is.EquivalentTo(Enumerable.Range(0, students.Count)));
            Assert.That(totals, Is.Ordered, "the script sorted the table");
            foreach (var (index, row) in rows)
            {
                var scores = KataCells().Matches(row).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                Assert.That(scores, Is.EqualTo(students[index].GetProperty("katas").EnumerateArray().Select(k => k.GetProperty("score").GetDouble())), $"student {index}");
            }
        });
    }

    [Test]
    public void The_similarity_section_lists_the_pairs_class_json_has()
    {
        var expected = json.GetProperty("similarity").GetProperty("pairs").EnumerateArray()
            .Select(p => $"{p.GetProperty("kata").GetString()} {p.GetProperty("first").GetInt32()} {p.GetProperty("second").GetInt32()}");

        var shown = PairDivs().Matches(dom).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value} {m.Groups[3].Value}");

        Assert.That(shown, Is.EqualTo(expected).And.Not.Empty);
    }

    [Test]
    public void A_screenshot_of_the_page_is_kept_as_a_test_artefact()
    {
        var png = Path.Combine(TestContext.CurrentContext.WorkDirectory, "class-report.png");
        File.Delete(png);

        var log = HeadlessChromium.Screenshot(Path.Combine(output.Path, ClassReportWriter.HtmlFileName), png);

        Assert.That(new FileInfo(png), Has.Property(nameof(FileInfo.Exists)).True.And.Property(nameof(FileInfo.Length)).GreaterThan(10_000), log);
        TestContext.AddTestAttachment(png, "report.html as headless chromium renders it");
    }

    private static string Attribute(Regex element, string text, string name) =>
        Regex.Match(element.Match(text).Value, $"{name}=\"([^\"]*)\"").Groups[1].Value;

    private string Snippet(Regex element) => element.Match(dom).Value;

    [GeneratedRegex("<p id=\"script-status\"[^>]*>[^<]*")]
    private static partial Regex ScriptStatus();

    [GeneratedRegex("<rect class=\"bar\" data-bin=\"\\d+\" data-count=\"(\\d+)\"")]
    private static partial Regex BarCounts();

    [GeneratedRegex("<tr data-test=\"[^\"]*\" data-passed=\"(\\d+)\" data-graded=\"(\\d+)\"")]
    private static partial Regex TestRows();

    [GeneratedRegex("<tr id=\"student-(\\d+)\".*?</tr>", RegexOptions.Singleline)]
    private static partial Regex StudentRows();

    [GeneratedRegex("<td class=\"num [^\"]*\" data-kata=\"[^\"]*\" data-value=\"([^\"]*)\"")]
    private static partial Regex KataCells();

    [GeneratedRegex("<div class=\"pair\" data-kata=\"([^\"]*)\" data-first=\"(\\d+)\" data-second=\"(\\d+)\"")]
    private static partial Regex PairDivs();
}
