using System.Globalization;
using System.Text.Json;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.Reporting;

[TestFixture]
public sealed class JsonReportWriterTests
{
    private static IEnumerable<TestCaseData> Samples() =>
        SampleReports.Singles.Select(sample => new TestCaseData(sample.Value).SetArgDisplayNames(sample.Key));

    [TestCaseSource(nameof(Samples))]
    public void Json_report_parses_and_has_numeric_score_and_max_score(GradeReport report)
    {
        var json = Rendered.Text(new JsonReportWriter(), report);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("schema_version").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("score").GetDouble(), Is.EqualTo(report.Score));
            Assert.That(root.GetProperty("max_score").GetDouble(), Is.EqualTo(report.MaxScore));
        });
    }

    [Test]
    public void Json_report_lists_tests_in_source_order()
    {
        var kata = SampleReports.Mixed.Katas.Single(k => k.Id == "02-init");

        var json = Rendered.Text(new JsonReportWriter(), SampleReports.Mixed);

        using var document = JsonDocument.Parse(json);
        var names = document.RootElement.GetProperty("katas")[1].GetProperty("tests").EnumerateArray()
            .Select(test => test.GetProperty("name").GetString());
        Assert.That(names, Is.EqualTo(kata.Tests.Select(test => test.Name)));
    }

    [TestCaseSource(nameof(Samples))]
    public void Every_property_the_json_report_writes_is_declared_in_the_schema(GradeReport report)
    {
        using var schema = JsonSchemaNames.Schema("grade-report.schema.json");

        var used = JsonSchemaNames.Used(Rendered.Text(new JsonReportWriter(includeDurations: true), report));

        Assert.That(used, Is.SubsetOf(JsonSchemaNames.Declared(schema.RootElement)));
    }

    [Test]
    public void Every_property_grades_json_writes_is_declared_in_its_schemas()
    {
        using var batch = JsonSchemaNames.Schema("grades.schema.json");
        using var single = JsonSchemaNames.Schema("grade-report.schema.json");

        var used = JsonSchemaNames.Used(Rendered.Text(output => new BatchJsonWriter().Write(SampleReports.Batch, output)));

        Assert.That(used, Is.SubsetOf(JsonSchemaNames.Declared(batch.RootElement).Union(JsonSchemaNames.Declared(single.RootElement))));
    }

    [Test]
    public void Schema_lists_every_kata_and_test_status_the_writer_can_emit()
    {
        using var schema = JsonSchemaNames.Schema("grade-report.schema.json");
        var definitions = schema.RootElement.GetProperty("$defs");

        Assert.Multiple(() =>
        {
            Assert.That(Enum.GetValues<KataStatus>().Select(s => StatusText.Code(s)), Is.EquivalentTo(JsonSchemaNames.EnumValues(definitions.GetProperty("kata_status"))));
            Assert.That(Enum.GetValues<TestStatus>().Select(s => StatusText.Code(s)), Is.EquivalentTo(JsonSchemaNames.EnumValues(definitions.GetProperty("test_status"))));
        });
    }

    [Test]
    public void Json_report_is_byte_stable_lf_only_with_a_trailing_newline_and_no_nulls()
    {
        var first = Rendered.Text(new JsonReportWriter(includeDurations: false), SampleReports.Mixed);
        var second = Rendered.Text(new JsonReportWriter(includeDurations: false), SampleReports.Mixed);

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(first, Does.EndWith("}\n").And.Not.EndWith("\n\n"));
            Assert.That(first, Does.Not.Contain("\r").And.Not.Contain("null").And.Not.Contain("\t"));
            Assert.That(first, Does.Contain("\n  \"katas\": ["), "2-space indentation");
        });
    }

    [Test]
    public void Json_report_rounds_durations_to_whole_milliseconds_and_can_leave_them_out()
    {
        var with = Rendered.Text(new JsonReportWriter(includeDurations: true), SampleReports.FullMarks);
        var without = Rendered.Text(new JsonReportWriter(includeDurations: false), SampleReports.FullMarks);

        using var document = JsonDocument.Parse(with);
        var durations = document.RootElement.GetProperty("katas")[0].GetProperty("tests").EnumerateArray()
            .Select(test => test.GetProperty("duration_ms").GetRawText());
        Assert.Multiple(() =>
        {
            Assert.That(durations, Is.EqualTo(new[] { "1", "12", "22" }), "1.4 ms, 11.9 ms and 22.4 ms");
            Assert.That(without, Does.Not.Contain("duration_ms"));
        });
    }

    [Test]
    public void Json_report_keeps_unicode_readable_and_escapes_only_what_json_requires()
    {
        var json = Rendered.Text(new JsonReportWriter(), SampleReports.Mixed);

        Assert.That(json, Does.Contain("σ′(z) = σ(z)·(1 − σ(z))").And.Contain("the seed's \\\"derivative").And.Contain("\\u001B[31m"));
    }

    [Test]
    [NonParallelizable]
    public void Writers_ignore_the_current_culture()
    {
        var commaCulture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaCulture.NumberFormat.NumberDecimalSeparator = ",";
        var writers = ReportWriters.Names.Where(name => name != "console").Select(ReportWriters.Get).ToList();
        var invariant = writers.Select(writer => Rendered.Text(writer, SampleReports.Mixed)).ToList();
        var previous = CultureInfo.CurrentCulture;

        List<string> local;
        try
        {
            CultureInfo.CurrentCulture = commaCulture;
            local = [.. writers.Select(writer => Rendered.Text(writer, SampleReports.Mixed))];
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.That(local, Is.EqualTo(invariant));
    }
}
