using System.Globalization;

namespace NeuralKatas.Grader.ClassReport;

/// <summary>The similarity section of report.html: each listed pair with its matching passages side by side.</summary>
internal static class HtmlSimilaritySection
{
    // A page a browser opens quickly: class.json still lists every pair.
    private const int MaxPairsShown = 300;
    private const int MaxPassagesShown = 12;
    private const int MaxLinesShown = 60;

    /// <summary>Writes the section.</summary>
    public static void Write(TextWriter page, ClassSummary summary, IReadOnlyList<StudentWork> students)
    {
        var similarity = summary.Similarity;
        page.Write("<h2 id=\"similarity\">Similar submissions</h2>\n");
        page.Write("<p class=\"note\">This is evidence for a person to look at, not proof of copying. Students may have worked from the same hint, the same lecture or the same textbook; read the passages below before drawing any conclusion, and talk to the students.</p>\n");
        page.Write(string.Create(CultureInfo.InvariantCulture, $"<p>Each kata's own C# code (stub code and idioms found in more than {Html.Percent(similarity.Options.CommonFraction)} of the class taken out) is compared pair by pair: identifiers, literals, comments, layout and the order of members do not count. The score is the share of fingerprints two submissions have in common (winnowing, Schleimer, Wilkerson and Aiken, SIGMOD 2003). Pairs scoring at least {Html.Percent(similarity.Options.Threshold)} are listed. F# files are not compared.</p>\n"));
        page.Write("<table id=\"similarity-katas\"><thead><tr><th>kata</th><th>compared</th><th>too little own code</th><th>pairs sharing code</th><th>pairs listed</th></tr></thead><tbody>\n");
        foreach (var kata in similarity.Katas)
        {
            page.Write(string.Create(CultureInfo.InvariantCulture, $"<tr data-kata=\"{Html.Text(kata.Kata)}\"><td>{Html.Text(kata.Kata)}</td><td class=\"num\">{kata.Compared}</td><td class=\"num\">{kata.TooShort}</td><td class=\"num\">{kata.PairsWithSharedCode}</td><td class=\"num\">{similarity.Pairs.Count(p => p.Kata == kata.Kata)}</td></tr>\n"));
        }

        page.Write("</tbody></table>\n");
        if (similarity.Pairs.Count == 0)
        {
            page.Write("<p id=\"no-pairs\">No pair reaches the threshold.</p>\n");
        }

        foreach (var pair in similarity.Pairs.Take(MaxPairsShown))
        {
            Pair(page, pair, summary.Students, students);
        }

        if (similarity.Pairs.Count > MaxPairsShown)
        {
            page.Write(string.Create(CultureInfo.InvariantCulture, $"<p>{similarity.Pairs.Count - MaxPairsShown} more pairs are listed in class.json.</p>\n"));
        }
    }

    private static void Pair(TextWriter page, SimilarPair pair, IReadOnlyList<StudentRow> rows, IReadOnlyList<StudentWork> students)
    {
        var first = rows[pair.First];
        var second = rows[pair.Second];
        page.Write(string.Create(CultureInfo.InvariantCulture, $"<div class=\"pair\" data-kata=\"{Html.Text(pair.Kata)}\" data-first=\"{pair.First}\" data-second=\"{pair.Second}\" data-score=\"{Html.Number(pair.Score)}\">\n"));
        page.Write(string.Create(CultureInfo.InvariantCulture, $"<h3>{Html.Text(pair.Kata)}: <a href=\"#student-{pair.First}\">{Html.Text(first.Submission)}</a> and <a href=\"#student-{pair.Second}\">{Html.Text(second.Submission)}</a>, {Html.Percent(pair.Score)} alike ({pair.Shared} shared fingerprints)</h3>\n"));
        foreach (var passage in pair.Passages.Take(MaxPassagesShown))
        {
            page.Write("<div class=\"side\">");
            Code(page, first.Submission, passage.FirstFile, passage.FirstStart, passage.FirstEnd, SourceOf(students[pair.First], pair.Kata, passage.FirstFile));
            Code(page, second.Submission, passage.SecondFile, passage.SecondStart, passage.SecondEnd, SourceOf(students[pair.Second], pair.Kata, passage.SecondFile));
            page.Write("</div>\n");
        }

        if (pair.Passages.Count > MaxPassagesShown)
        {
            page.Write(string.Create(CultureInfo.InvariantCulture, $"<p>{pair.Passages.Count - MaxPassagesShown} more passages are listed in class.json.</p>\n"));
        }

        page.Write("</div>\n");
    }

    private static string[] SourceOf(StudentWork student, string kata, string file) =>
        student.Sources.FirstOrDefault(s => s.Kata == kata && s.File == file)?.Text.ReplaceLineEndings("\n").Split('\n') ?? [];

    private static void Code(TextWriter page, string who, string file, int start, int end, string[] lines)
    {
        var last = Math.Min(end, Math.Min(lines.Length, start + MaxLinesShown - 1));
        page.Write(string.Create(CultureInfo.InvariantCulture, $"<div><div>{Html.Text(who)}: {Html.Text(file)}, lines {start}–{end}</div><pre>"));
        for (var line = start; line <= last; line++)
        {
            page.Write(string.Create(CultureInfo.InvariantCulture, $"<span class=\"hit\">{line,4}  {Html.Text(lines[line - 1])}</span>"));
        }

        page.Write("</pre></div>");
    }
}
