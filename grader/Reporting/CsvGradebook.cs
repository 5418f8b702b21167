using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting;

/// <summary>
/// A batch's grades.csv for a spreadsheet: one row per student (sorted by name), a column per
/// kata, the total, the maximum, an error column that says why a row is not an ordinary grade, and
/// the protected files the submission changed (evidence for the instructor; never part of the grade).
/// RFC 4180: comma-separated, CRLF between records, a field quoted when it holds a comma, a quote
/// or a line break, quotes inside doubled. A cell that a spreadsheet would take for a formula
/// (starting with =, +, -, @, a tab or a carriage return: OWASP's "CSV injection") starts with an
/// apostrophe instead, so a student folder named =1+1 stays text. Written by hand: eight lines of quoting did not earn
/// a dependency (CsvHelper's strength is reading and mapping, which the grader never does).
/// </summary>
public sealed class CsvGradebook
{
    private const string RecordEnd = "\r\n";

    /// <summary>Writes one row per report in <paramref name="reports"/>, with a column per id in <paramref name="kataIds"/>.</summary>
    public void Write(IReadOnlyList<GradeReport> reports, IReadOnlyList<string> kataIds, TextWriter output)
    {
        WriteRecord(output, ["student", .. kataIds, "total", "max_total", "error", "changed_files"]);
        foreach (var report in StudentOrder.Sort(reports))
        {
            // A kata the report does not hold (the submission could not be graded at all) is an
            // empty cell, not a zero: the error column says why.
            var scores = kataIds.Select(id => report.Katas.FirstOrDefault(kata => kata.Id == id) is { } kata
                ? Numbers.TwoDecimals(kata.Score)
                : string.Empty);
            WriteRecord(output, [report.Submission, .. scores, Numbers.TwoDecimals(report.Score), Numbers.TwoDecimals(report.MaxScore), Error(report), string.Join("; ", report.ChangedFiles)]);
        }
    }

    /// <summary>One field, neutralised when it would start a formula, and quoted when RFC 4180 requires it.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        return needsQuotes ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    // The submission's own error, or else each kata that did not get as far as a wrong answer
    // (a timeout, a crash): an instructor scanning the column sees hostile or broken work at once.
    private static string Error(GradeReport report)
    {
        if (report.Error is not null)
        {
            return report.Error;
        }

        var problems = report.Katas
            .Where(kata => kata.Status is not (KataStatus.Passed or KataStatus.Failed))
            .Select(kata => $"{kata.Id}: {StatusText.Words(kata.Status)}");
        return string.Join("; ", problems);
    }

    private static void WriteRecord(TextWriter output, IEnumerable<string> fields) =>
        output.Write(string.Join(',', fields.Select(Field)) + RecordEnd);
}
