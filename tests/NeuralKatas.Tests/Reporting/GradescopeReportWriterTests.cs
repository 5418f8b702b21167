using System.Text.Json;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.Reporting;

[TestFixture]
public sealed class GradescopeReportWriterTests
{
    private static readonly string[] Visibilities = ["hidden", "after_due_date", "after_published", "visible"];

    private static IEnumerable<TestCaseData> Samples() =>
        SampleReports.Singles.Select(sample => new TestCaseData(sample.Value).SetArgDisplayNames(sample.Key));

    // The fields of gradescope-autograders.readthedocs.io "Autograder Specifications": a top-level
    // score (required when tests carry no score of their own, and we always give one), and tests
    // with name, score, max_score, status (passed or failed), output and visibility.
    [TestCaseSource(nameof(Samples))]
    public void Gradescope_results_have_the_fields_gradescope_reads(GradeReport report)
    {
        var json = Rendered.Text(new GradescopeReportWriter(), report);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("score").GetDouble(), Is.EqualTo(report.Score));
            Assert.That(root.GetProperty("output").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(root.GetProperty("visibility").GetString(), Is.AnyOf(Visibilities));
            foreach (var test in root.GetProperty("tests").EnumerateArray())
            {
                Assert.That(test.GetProperty("name").GetString(), Is.Not.Empty);
                Assert.That(test.GetProperty("score").ValueKind, Is.EqualTo(JsonValueKind.Number));
                Assert.That(test.GetProperty("max_score").GetDouble(), Is.GreaterThanOrEqualTo(test.GetProperty("score").GetDouble()));
                Assert.That(test.GetProperty("status").GetString(), Is.AnyOf("passed", "failed"));
                Assert.That(test.GetProperty("output").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(test.GetProperty("visibility").GetString(), Is.AnyOf(Visibilities));
            }
        });
    }

    [Test]
    public void Gradescope_tests_are_named_kata_id_then_test_name_in_source_order()
    {
        var json = Rendered.Text(new GradescopeReportWriter(), SampleReports.Mixed);

        using var document = JsonDocument.Parse(json);
        var names = document.RootElement.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Take(4);
        Assert.That(names, Is.EqualTo(new[]
        {
            "01-sigmoid: Sigmoid_of_zero_is_one_half",
            "01-sigmoid: Sigmoid_matches_the_formula(-2)",
            "01-sigmoid: SigmoidDerivative_matches_the_slope_of_Sigmoid",
            "02-init: Weights_have_the_right_shape",
        }));
    }

    [Test]
    public void A_kata_that_could_not_run_is_one_gradescope_test_scored_zero_with_the_error_as_output()
    {
        var json = Rendered.Text(new GradescopeReportWriter(), SampleReports.Mixed);

        using var document = JsonDocument.Parse(json);
        var crashed = document.RootElement.GetProperty("tests").EnumerateArray()
            .Where(t => t.GetProperty("name").GetString()!.StartsWith("04-backprop", StringComparison.Ordinal)).ToList();
        Assert.That(crashed, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(crashed[0].GetProperty("score").GetDouble(), Is.Zero);
            Assert.That(crashed[0].GetProperty("max_score").GetDouble(), Is.EqualTo(10));
            Assert.That(crashed[0].GetProperty("status").GetString(), Is.EqualTo("failed"));
            Assert.That(crashed[0].GetProperty("output").GetString(), Does.Contain("The test process died: Stack overflow."));
        });
    }
}
