using System.Xml.Linq;
using NeuralKatas.Grader.Reporting;

namespace NeuralKatas.Tests.Reporting;

[TestFixture]
public sealed class JUnitReportWriterTests
{
    [Test]
    public void JUnit_report_parses_as_xml_with_the_right_counts()
    {
        var xml = Rendered.Text(new JUnitReportWriter(), SampleReports.Mixed);

        var root = XDocument.Parse(xml).Root!;
        var init = root.Elements("testsuite").Single(suite => (string?)suite.Attribute("name") == "02-init");
        Assert.Multiple(() =>
        {
            Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
            Assert.That(root.Elements("testsuite").Count(), Is.EqualTo(5), "one testsuite per kata");
            Assert.That(Counts(root), Is.EqualTo((12, 3, 5)), "9 tests and 3 whole-kata problems; 3 failed; 2 in 02-init and 3 katas that could not run");
            Assert.That(Counts(init), Is.EqualTo((6, 3, 2)), "failed ones are failures; the errored and the not-run one are errors");
            Assert.That(init.Elements("testcase").Count(), Is.EqualTo(6));
        });
    }

    [Test]
    public void A_kata_that_could_not_run_is_one_testcase_whose_error_carries_the_diagnostics()
    {
        var xml = Rendered.Text(new JUnitReportWriter(), SampleReports.Mixed);

        var forward = XDocument.Parse(xml).Root!.Elements("testsuite").Single(suite => (string?)suite.Attribute("name") == "03-forward");
        var testCase = forward.Elements("testcase").Single();
        Assert.Multiple(() =>
        {
            Assert.That((string?)testCase.Attribute("classname"), Is.EqualTo("03-forward"));
            Assert.That((string?)testCase.Attribute("name"), Is.EqualTo(JUnitReportWriter.WholeKataName));
            Assert.That(testCase.Element("error")?.Value, Does.Contain("katas/03-forward/Forward.cs(20,9): error CS0029: Cannot implicitly convert type 'List<double>'"));
        });
    }

    [Test]
    public void A_failure_keeps_its_whole_teaching_message_and_a_one_line_summary()
    {
        var xml = Rendered.Text(new JUnitReportWriter(), SampleReports.Mixed);

        var failure = XDocument.Parse(xml).Descendants("failure").First();
        Assert.Multiple(() =>
        {
            Assert.That((string?)failure.Attribute("message"), Is.EqualTo("Expected σ′(0.5) = 0.2350037122, got 0.2217001 (difference 0.0133)."));
            Assert.That(failure.Value, Does.Contain("Likely mistake: σ′(σ(z)), the seed's \"derivative of the activation\", applied twice."));
        });
    }

    [Test]
    public void Control_characters_from_learner_output_do_not_break_the_xml()
    {
        var xml = Rendered.Text(new JUnitReportWriter(), SampleReports.Mixed);

        Assert.Multiple(() =>
        {
            Assert.That(() => XDocument.Parse(xml), Throws.Nothing);
            Assert.That(xml, Does.Not.Contain("\u001b"));
        });
    }

    [Test]
    public void JUnit_times_are_seconds_with_three_decimals_when_durations_are_included()
    {
        var xml = Rendered.Text(new JUnitReportWriter(includeDurations: true), SampleReports.FullMarks);

        var sigmoid = XDocument.Parse(xml).Root!.Elements("testsuite").First();
        Assert.Multiple(() =>
        {
            Assert.That(sigmoid.Elements("testcase").Select(c => (string?)c.Attribute("time")), Is.EqualTo(new[] { "0.001", "0.012", "0.022" }));
            Assert.That((string?)sigmoid.Attribute("time"), Is.EqualTo("0.036"));
        });
    }

    [Test]
    public void A_submission_that_could_not_be_graded_is_one_error()
    {
        var xml = Rendered.Text(new JUnitReportWriter(), SampleReports.Unreadable);

        var root = XDocument.Parse(xml).Root!;
        Assert.Multiple(() =>
        {
            Assert.That(Counts(root), Is.EqualTo((1, 0, 1)));
            Assert.That(root.Descendants("error").Single().Value, Does.Contain("../../etc/passwd"));
        });
    }

    private static (int Tests, int Failures, int Errors) Counts(XElement element) =>
        ((int)element.Attribute("tests")!, (int)element.Attribute("failures")!, (int)element.Attribute("errors")!);
}
