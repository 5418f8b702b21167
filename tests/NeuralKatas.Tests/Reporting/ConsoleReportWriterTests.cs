using NeuralKatas.Grader.Reporting;

namespace NeuralKatas.Tests.Reporting;

[TestFixture]
public sealed class ConsoleReportWriterTests
{
    [Test]
    public void Plain_console_output_contains_the_teaching_message_and_no_ansi_escape_codes()
    {
        var text = Rendered.Text(new ConsoleReportWriter(useColor: false), SampleReports.Mixed);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Formula: σ′(z) = σ(z)·(1 − σ(z)), where z is the pre-activation."));
            Assert.That(text, Does.Contain("katas/03-forward/Forward.cs(12,31): error CS1002: ; expected"));
            Assert.That(text, Does.Not.Contain("\u001b"), "not even the escape codes in the crashed kata's own output");
        });
    }

    [Test]
    public void Colour_console_output_does_use_ansi_codes()
    {
        var text = Rendered.Text(new ConsoleReportWriter(useColor: true), SampleReports.Mixed);

        Assert.That(text, Does.Contain("\u001b["));
    }

    [Test]
    public void Console_report_shows_the_first_failing_tests_in_full_then_how_many_more()
    {
        var text = Rendered.Text(new ConsoleReportWriter(useColor: false), SampleReports.Mixed);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("✗ Init_uses_only_the_given_rng"), "the third failing test");
            Assert.That(text, Does.Not.Contain("Biases_have_one_row"), "the fourth is counted, not shown");
            Assert.That(text, Does.Contain("… and 2 more failing tests"));
        });
    }

    [Test]
    public void Console_report_of_the_shipped_stubs_gives_a_first_step()
    {
        var text = Rendered.Text(new ConsoleReportWriter(useColor: false), SampleReports.ShippedStubs);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Start with katas/01-sigmoid/README.md; run `dotnet run --project grader -- hint 01-sigmoid` for a hint."));
            Assert.That(text, Does.Not.Contain("TODO: see katas/02-init"), "only the first kata's failures, not a wall of TODOs");
        });
    }

    [Test]
    public void Console_report_ends_with_the_totals()
    {
        var text = Rendered.Text(new ConsoleReportWriter(useColor: false), SampleReports.Mixed);

        Assert.That(text.TrimEnd(), Does.EndWith("Total: 11.67 / 50 points; 1 of 5 katas passed."));
    }

    [Test]
    public void Colour_is_off_for_output_that_is_not_the_terminal()
    {
        using var file = new StringWriter();

        Assert.That(ConsoleReportWriter.ColorSupported(file), Is.False);
    }

    [Test]
    [NonParallelizable]
    public void Colour_is_off_when_NO_COLOR_is_set()
    {
        var previous = Environment.GetEnvironmentVariable("NO_COLOR");
        try
        {
            Environment.SetEnvironmentVariable("NO_COLOR", "1");

            Assert.That(ConsoleReportWriter.ColorSupported(Console.Out), Is.False);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NO_COLOR", previous);
        }
    }
}
