using System.Xml;
using System.Xml.Linq;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting;

/// <summary>
/// The grade as JUnit XML, which every CI system reads: one testsuite per kata, one testcase per
/// test. A kata that could not run (compile error, missing file, timeout, crash) or that ended
/// with an error of its own gets one more testcase, "(whole kata)", whose error carries what went
/// wrong, so CI shows it as a red line rather than silence.
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    /// <summary>The name of the extra testcase that carries a kata's own problem.</summary>
    public const string WholeKataName = "(whole kata)";

    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,

        // Written by hand below: behind a StringWriter, XmlWriter would declare encoding="utf-16".
        OmitXmlDeclaration = true,
    };

    private readonly bool includeDurations;

    /// <summary>A writer that includes time attributes.</summary>
    public JUnitReportWriter()
        : this(includeDurations: true)
    {
    }

    /// <summary>A writer that includes time attributes or not; leave them out where output is compared byte for byte across runs.</summary>
    public JUnitReportWriter(bool includeDurations) => this.includeDurations = includeDurations;

    /// <inheritdoc/>
    public string Name => "junit";

    /// <inheritdoc/>
    public void Write(GradeReport report, TextWriter output)
    {
        var suites = report.Error is null
            ? report.Katas.Select(Suite).ToList()
            : [UngradableSuite(report)];
        var root = new XElement("testsuites", new XAttribute("name", Printable.Clean($"NeuralKatas: {report.Submission}")));
        AddCounts(root, suites, TotalDuration(report.Katas.SelectMany(kata => kata.Tests)));
        root.Add(suites);

        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using (var xml = XmlWriter.Create(output, Settings))
        {
            root.WriteTo(xml);
        }

        output.Write('\n');
    }

    private XElement Suite(KataGrade kata)
    {
        var cases = kata.Tests.Select(test => Case(kata.Id, test)).ToList();
        if (KataProblems.HasProblem(kata))
        {
            cases.Add(WholeKataCase(kata.Id, StatusText.Code(kata.Status), KataProblems.Describe(kata)));
        }

        var suite = new XElement("testsuite", new XAttribute("name", kata.Id));
        AddCounts(suite, cases, TotalDuration(kata.Tests));
        suite.Add(new XElement(
            "properties",
            Property("title", kata.Title),
            Property("score", Numbers.Human(kata.Score)),
            Property("max_score", Numbers.Human(kata.MaxScore))));
        suite.Add(cases);
        if (kata.Isolation is not null)
        {
            suite.Add(new XElement("system-out", Printable.Clean(kata.Isolation)));
        }

        return suite;
    }

    private XElement UngradableSuite(GradeReport report)
    {
        var cases = new List<XElement> { WholeKataCase("submission", "error", Advice.CouldNotGrade(report.Error ?? string.Empty)) };
        var suite = new XElement("testsuite", new XAttribute("name", "submission"));
        AddCounts(suite, cases, TimeSpan.Zero);
        suite.Add(cases);
        return suite;
    }

    private XElement Case(string kataId, TestGrade test)
    {
        var testCase = new XElement("testcase", new XAttribute("classname", kataId), new XAttribute("name", Printable.Clean(test.Name)));
        if (includeDurations)
        {
            testCase.Add(new XAttribute("time", Numbers.Seconds(test.Duration)));
        }

        var message = test.Message.Length > 0 ? test.Message : StatusText.Headline(test.Status);
        testCase.Add(test.Status switch
        {
            TestStatus.Passed => null,
            TestStatus.Failed => Outcome("failure", StatusText.Code(test.Status), message),
            _ => Outcome("error", StatusText.Code(test.Status), message),
        });
        return testCase;
    }

    private static XElement WholeKataCase(string className, string type, string description) =>
        new("testcase",
            new XAttribute("classname", className),
            new XAttribute("name", WholeKataName),
            Outcome("error", type, description));

    private static XElement Outcome(string element, string type, string message) =>
        new(element,
            new XAttribute("message", Printable.FirstLine(message)),
            new XAttribute("type", type),
            Printable.Clean(message));

    private static XElement Property(string name, string value) =>
        new("property", new XAttribute("name", name), new XAttribute("value", Printable.Clean(value)));

    private void AddCounts(XElement parent, IReadOnlyList<XElement> children, TimeSpan duration)
    {
        var cases = children.SelectMany(child => child.DescendantsAndSelf("testcase")).ToList();
        parent.Add(
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", cases.Count(c => c.Element("failure") is not null)),
            new XAttribute("errors", cases.Count(c => c.Element("error") is not null)));
        if (includeDurations)
        {
            parent.Add(new XAttribute("time", Numbers.Seconds(duration)));
        }
    }

    private static TimeSpan TotalDuration(IEnumerable<TestGrade> tests) =>
        tests.Aggregate(TimeSpan.Zero, (total, test) => total + test.Duration);
}
