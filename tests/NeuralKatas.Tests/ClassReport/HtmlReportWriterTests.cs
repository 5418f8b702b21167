using System.Text.RegularExpressions;
using NeuralKatas.Grader.ClassReport;
using NeuralKatas.Tests.Reporting;

namespace NeuralKatas.Tests.ClassReport;

/// <summary>report.html as text: self-contained, hostile names escaped, similarity framed as evidence.</summary>
[TestFixture]
public sealed partial class HtmlReportWriterTests
{
    private static string Page()
    {
        var students = SampleClass.Everyone();
        var similarity = new SimilarityCheck(SimilarityOptions.Default).Run(students, SampleClass.AllKatas, ClassSources.Stubs(RepositoryRoot.Course, SampleClass.AllKatas));
        var summary = ClassStatistics.Compute([.. students.Select(s => s.Report)], SampleClass.AllKatas, similarity);
        return Rendered.Text(output => new HtmlReportWriter().Write(summary, students, output));
    }

    [Test]
    public void A_hostile_student_name_is_escaped_wherever_the_page_shows_it()
    {
        var page = Page();

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Not.Contain("<script>document.title"));
            Assert.That(page, Does.Contain("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;O&#39;Brien &amp; &quot;Zo"));
            Assert.That(ScriptTags().Matches(page), Has.Count.EqualTo(1), "the page's own script is its only one");
        });
    }

    [Test]
    public void The_page_fetches_nothing_no_links_no_external_scripts_styles_or_fonts()
    {
        var page = Page();

        Assert.Multiple(() =>
        {
            Assert.That(ExternalReferences().Matches(page).Select(m => m.Value), Is.Empty);
            Assert.That(page, Does.Contain("default-src 'none'"), "a content security policy forbids fetching anything");
        });
    }

    [Test]
    public void The_similarity_section_says_it_is_evidence_for_a_person_not_proof()
    {
        var page = Page();

        Assert.That(page, Does.Contain("evidence for a person to look at, not proof of copying"));
    }

    [Test]
    public void Mistakes_link_to_the_rows_of_the_students_who_made_them()
    {
        var page = Page();

        Assert.That(page, Does.Contain("<code>init-transposed</code> in 02-init: 2 students: <a href=\"#student-").And.Contain("<tr id=\"student-"));
    }

    [GeneratedRegex("<script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTags();

    [GeneratedRegex(@"(src|href)\s*=\s*""(?!#)[^""]*""|<link\b|@import|url\(|https?://(?!json-schema)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReferences();
}
