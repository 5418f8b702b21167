using System.Globalization;
using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.ClassReport;

/// <summary>
/// OUT/report.html: the class at a glance in one self-contained file (inline style, inline SVG,
/// a little inline script; nothing fetched): per kata a histogram and every test's pass rate, the
/// named mistakes, a sortable table of students and the similar pairs. The numbers are those of
/// class.json, and the elements carry them in data attributes so tools (and the browser test) can read them.
/// </summary>
public sealed class HtmlReportWriter
{
    /// <summary>Writes the page for <paramref name="summary"/>; <paramref name="students"/> (in the same order) supply the code the passages show.</summary>
    public void Write(ClassSummary summary, IReadOnlyList<StudentWork> students, TextWriter page)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(students);
        ArgumentNullException.ThrowIfNull(page);
        page.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        page.Write($"<title>Class report</title>\n<style>\n{HtmlAssets.Style}\n</style>\n</head>\n<body>\n");
        page.Write(string.Create(CultureInfo.InvariantCulture, $"<h1>Class report</h1>\n<p>{summary.Students.Count} submissions, {summary.Students.Count(s => s.Error is not null)} of them could not be graded. <a href=\"#katas\">Katas</a> · <a href=\"#mistakes\">Mistakes</a> · <a href=\"#students-section\">Students</a> · <a href=\"#similarity\">Similar submissions</a></p>\n"));
        page.Write("<p id=\"script-status\" data-state=\"not-run\">The table sorts only with the page's script, which has not run.</p>\n");
        Katas(page, summary);
        Mistakes(page, summary);
        Students(page, summary);
        HtmlSimilaritySection.Write(page, summary, students);
        page.Write($"<script>\n{HtmlAssets.Script}\n</script>\n</body>\n</html>\n");
    }

    private static void Katas(TextWriter page, ClassSummary summary)
    {
        page.Write("<h2 id=\"katas\">Katas</h2>\n<div class=\"katas\">\n");
        foreach (var kata in summary.Katas)
        {
            page.Write(string.Create(CultureInfo.InvariantCulture, $"<section class=\"kata\" data-kata=\"{Html.Text(kata.Id)}\" data-graded=\"{kata.Graded}\" data-full-marks=\"{kata.FullMarks}\" data-mean=\"{Html.Number(kata.Mean)}\">\n"));
            page.Write(string.Create(CultureInfo.InvariantCulture, $"<h3>{Html.Text(kata.Id)}: {Html.Text(kata.Title)}</h3>\n<p>{kata.Graded} graded, {kata.FullMarks} with full marks, mean {Html.Number(kata.Mean)} of {Html.Number(kata.MaxScore)} points.</p>\n"));
            page.Write(HtmlHistogram.Svg(kata));
            page.Write("\n<table class=\"tests\"><thead><tr><th>test</th><th>passed</th></tr></thead><tbody>\n");
            foreach (var test in kata.Tests)
            {
                var rate = test.Graded == 0 ? 0 : (double)test.Passed / test.Graded;
                page.Write(string.Create(CultureInfo.InvariantCulture, $"<tr data-test=\"{Html.Text(test.Name)}\" data-passed=\"{test.Passed}\" data-graded=\"{test.Graded}\"><td>{Html.Text(test.Name)}</td><td class=\"num\"><span class=\"rate-back\"><span class=\"rate\" style=\"width:{Html.Number(rate * 5)}rem\"></span></span> {test.Passed}/{test.Graded}</td></tr>\n"));
            }

            page.Write("</tbody></table>\n</section>\n");
        }

        page.Write("</div>\n");
    }

    private static void Mistakes(TextWriter page, ClassSummary summary)
    {
        page.Write("<h2 id=\"mistakes\">Mistakes</h2>\n");
        if (summary.Mistakes.Count == 0)
        {
            page.Write("<p>No failing test named a catalogued mistake.</p>\n");
            return;
        }

        page.Write("<p>The catalogued mistakes the failing tests named, most students first.</p>\n<ol id=\"mistake-list\">\n");
        foreach (var mistake in summary.Mistakes)
        {
            var who = string.Join(", ", mistake.Students.Select(index => string.Create(CultureInfo.InvariantCulture, $"<a href=\"#student-{index}\">{Html.Text(summary.Students[index].Submission)}</a>")));
            page.Write(string.Create(CultureInfo.InvariantCulture, $"<li data-mistake=\"{Html.Text(mistake.Id)}\" data-kata=\"{Html.Text(mistake.Kata)}\" data-count=\"{mistake.Students.Count}\"><code>{Html.Text(mistake.Id)}</code> in {Html.Text(mistake.Kata)}: {StudentCount(mistake.Students.Count)}: {who}</li>\n"));
        }

        page.Write("</ol>\n");
    }

    private static void Students(TextWriter page, ClassSummary summary)
    {
        page.Write("<h2 id=\"students-section\">Students</h2>\n<table id=\"students\"><thead><tr><th data-sort>student</th><th data-sort>total</th>");
        foreach (var kata in summary.Katas)
        {
            page.Write($"<th data-sort>{Html.Text(kata.Id)}</th>");
        }

        page.Write("<th data-sort>flags</th></tr></thead><tbody>\n");
        foreach (var row in summary.Students)
        {
            page.Write(string.Create(CultureInfo.InvariantCulture, $"<tr id=\"student-{row.Index}\" data-index=\"{row.Index}\" data-score=\"{Html.Number(row.Score)}\"><td data-value=\"{Html.Text(row.Submission)}\">{Html.Text(row.Submission)}</td><td class=\"num\" data-value=\"{Html.Number(row.Score)}\">{Html.Number(row.Score)} / {Html.Number(row.MaxScore)}</td>"));
            foreach (var kata in row.Katas)
            {
                var (style, shown) = kata.Status switch
                {
                    "passed" => ("status-passed", Html.Number(kata.Score)),
                    "failed" => ("status-failed", Html.Number(kata.Score)),
                    "not_graded" => ("status-none", "–"),
                    _ => ("status-other", $"{Html.Number(kata.Score)} {Html.Text(Words(kata.Status))}"),
                };
                page.Write(string.Create(CultureInfo.InvariantCulture, $"<td class=\"num {style}\" data-kata=\"{Html.Text(kata.Kata)}\" data-value=\"{Html.Number(kata.Score)}\" data-status=\"{kata.Status}\" title=\"{Html.Text(Words(kata.Status))}\">{shown}</td>"));
            }

            var flags = string.Concat(row.Flags.Select(flag => $"<span class=\"flag\" data-flag=\"{flag}\">{Html.Text(StudentFlags.Words(flag))}</span>"));
            page.Write(string.Create(CultureInfo.InvariantCulture, $"<td data-value=\"{row.Flags.Count}\">{flags}{(row.Error is null ? string.Empty : " " + Html.Text(row.Error))}</td></tr>\n"));
        }

        page.Write("</tbody></table>\n");
    }

    private static string StudentCount(int count) => count == 1 ? "1 student" : string.Create(CultureInfo.InvariantCulture, $"{count} students");

    private static string Words(string status) =>
        Enum.GetValues<KataStatus>().FirstOrDefault(s => StatusText.Code(s) == status) is var known && StatusText.Code(known) == status
            ? StatusText.Words(known)
            : status.Replace('_', ' ');
}
