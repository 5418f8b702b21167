using Microsoft.VisualBasic.FileIO;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.Reporting;

[TestFixture]
public sealed class CsvGradebookTests
{
    [Test]
    public void Csv_quoting_of_a_name_with_a_comma_and_a_quote_round_trips()
    {
        var csv = Rendered.Text(output => new CsvGradebook().Write([SampleReports.AwkwardName], SampleReports.KataIds, output));

        var rows = Parse(csv);
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[1][0], Is.EqualTo("O'Brien, \"Zoë\" <z>"));
            Assert.That(rows[1], Has.Length.EqualTo(rows[0].Length));
        });
    }

    [Test]
    public void An_error_with_a_line_break_and_commas_stays_in_one_field()
    {
        var report = new GradeReport("eve", [], "Not a zip file,\nor a damaged one: \"PK\" header missing");

        var csv = Rendered.Text(output => new CsvGradebook().Write([report], SampleReports.KataIds, output));

        Assert.That(Parse(csv)[1][8], Is.EqualTo(report.Error));
    }

    [Test]
    public void Gradebook_has_a_header_then_one_row_per_student_sorted_by_name()
    {
        var csv = Rendered.Text(output => new CsvGradebook().Write(SampleReports.Batch, SampleReports.KataIds, output));

        var rows = Parse(csv);
        Assert.Multiple(() =>
        {
            Assert.That(rows[0], Is.EqualTo(new[] { "student", "01-sigmoid", "02-init", "03-forward", "04-backprop", "05-train", "total", "max_total", "error", "changed_files" }));
            Assert.That(rows.Skip(1).Select(row => row[0]), Is.EqualTo(new[] { "ada", "grace", "katas", "mallory.zip", "O'Brien, \"Zoë\" <z>" }));
        });
    }

    [Test]
    public void Gradebook_numbers_have_two_decimals_and_a_broken_submission_has_empty_kata_cells()
    {
        var csv = Rendered.Text(output => new CsvGradebook().Write(SampleReports.Batch, SampleReports.KataIds, output));

        var rows = Parse(csv).ToDictionary(row => row[0]);
        Assert.Multiple(() =>
        {
            Assert.That(rows["grace"][1..8], Is.EqualTo(new[] { "10.00", "1.67", "0.00", "0.00", "0.00", "11.67", "50.00" }));
            Assert.That(rows["grace"][8], Is.EqualTo("03-forward: does not compile; 04-backprop: crashed; 05-train: timed out"));
            Assert.That(rows["mallory.zip"][1..6], Is.All.Empty);
            Assert.That(rows["mallory.zip"][8], Does.Contain("outside its folder"));
        });
    }

    [TestCase("=1+1")]
    [TestCase("+1")]
    [TestCase("-2+3")]
    [TestCase("@SUM(A1)")]
    [TestCase("\tx")]
    [TestCase("\rx")]
    public void A_cell_that_would_start_a_formula_starts_with_an_apostrophe(string student)
    {
        var report = new GradeReport(student, [], "=HYPERLINK(\"http://example.com\")");

        var csv = Rendered.Text(output => new CsvGradebook().Write([report], SampleReports.KataIds, output));

        var row = Parse(csv)[1];
        Assert.That(row[0], Is.EqualTo("'" + student));
        Assert.That(row[^2], Is.EqualTo("'=HYPERLINK(\"http://example.com\")"), "the error column, before changed_files");
    }

    [Test]
    public void Records_end_with_crlf_as_rfc_4180_says()
    {
        var csv = Rendered.Text(output => new CsvGradebook().Write([SampleReports.FullMarks], SampleReports.KataIds, output));

        Assert.That(csv.Split("\r\n"), Has.Length.EqualTo(3).And.Property("Length").EqualTo(3), "header, one row, and nothing after the last CRLF");
    }

    // The BCL's own RFC 4180 reader, independent of the writer: a round trip through it proves the quoting.
    private static List<string[]> Parse(string csv)
    {
        using var parser = new TextFieldParser(new StringReader(csv)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
