using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.Reporting;

[TestFixture]
public sealed class MarkdownFeedbackWriterTests
{
    [TestCase("ada", "ada.md")]
    [TestCase("../../etc/passwd", "_.._etc_passwd.md")]
    [TestCase("a\\b:c", "a_b_c.md")]
    [TestCase("..", "submission.md")]
    public void Feedback_file_names_stay_inside_the_output_folder(string submission, string expected)
    {
        var name = MarkdownFeedbackWriter.FileNameFor(submission);

        Assert.Multiple(() =>
        {
            Assert.That(name, Is.EqualTo(expected));
            Assert.That(Path.GetFileName(name), Is.EqualTo(name));
        });
    }

    [Test]
    public void A_teaching_message_with_backticks_stays_inside_its_code_block()
    {
        var test = new TestGrade("Uses_the_right_call", TestStatus.Failed, "Call ```Sigmoid``` once, not `Sigmoid(Sigmoid(z))`.", 0, 10, TimeSpan.Zero);
        var kata = new KataGrade("01-sigmoid", "The sigmoid", KataStatus.Failed, 0, 10, [test], [], null, null);

        var markdown = Rendered.Text(new MarkdownFeedbackWriter(), new GradeReport("ada", [kata], null));

        Assert.That(markdown, Does.Contain("````text\nCall ```Sigmoid``` once, not `Sigmoid(Sigmoid(z))`.\n````"));
    }

    [Test]
    public void Markdown_feedback_names_what_to_fix_and_how_to_check_locally()
    {
        var markdown = Rendered.Text(new MarkdownFeedbackWriter(), SampleReports.Mixed);

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.StartWith("# Feedback for grace\n"));
            Assert.That(markdown, Does.Contain("**Total: 11.67 / 50 points**"));
            Assert.That(markdown, Does.Contain("- `katas/03-forward/Forward.cs:12:31` error CS1002"));
            Assert.That(markdown, Does.Contain("Likely mistake: σ′(σ(z))"));
            Assert.That(markdown, Does.Contain("dotnet test katas/02-init"));
        });
    }
}
