using NeuralKatas.Grader.Reporting;

namespace NeuralKatas.Tests.Reporting;

[TestFixture]
public sealed class ReportWritersTests
{
    [Test]
    public void Every_listed_format_is_found_by_its_name()
    {
        var found = ReportWriters.Names.Select(name => ReportWriters.Get(name).Name);

        Assert.That(found, Is.EqualTo(ReportWriters.Names));
    }

    [Test]
    public void The_issue_s_formats_are_all_there()
    {
        Assert.That(ReportWriters.Names, Is.SupersetOf(new[] { "console", "json", "junit", "gradescope" }));
    }

    [Test]
    public void Format_names_are_matched_ignoring_case()
    {
        Assert.That(ReportWriters.Find("JUnit"), Is.InstanceOf<JUnitReportWriter>());
    }

    [Test]
    public void An_unknown_format_is_an_error_listing_the_valid_ones()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReportWriters.Find("yaml"), Is.Null);
            Assert.That(() => ReportWriters.Get("yaml"), Throws.ArgumentException
                .With.Message.Contains("Unknown report format 'yaml'. Valid formats: console, json, junit, gradescope, markdown, classroom."));
        });
    }
}
