using NeuralKatas.Grader.Batch;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Loading;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Tests.Loading;
using NeuralKatas.Tests.Scenarios;

namespace NeuralKatas.Tests.Batch;

/// <summary>
/// The instructor's hidden tests (--tests): their messages go to the instructor's gradebook, and
/// the student's feedback shows their names and verdicts only, unless the instructor says otherwise.
/// </summary>
[TestFixture]
public sealed class HiddenTestMessagesTests
{
    private const string Secret = "the hidden expectation is 0.4242";
    private const string HiddenTest = "Sigmoid_meets_the_instructors_secret_point";

    private static readonly Lazy<GradeReport> Graded = new(GradeWithHiddenTest);

    [Test]
    public void A_test_from_the_hidden_tests_is_marked_hidden_and_keeps_its_message_in_the_grade()
    {
        var tests = Graded.Value.Katas.Single().Tests;

        var hidden = tests.Single(t => t.Name == HiddenTest);
        Assert.That(hidden.Hidden, Is.True);
        Assert.That(hidden.Status, Is.EqualTo(TestStatus.Failed));
        Assert.That(hidden.Message, Does.Contain(Secret));
        Assert.That(tests.Where(t => t.Name != HiddenTest).Select(t => t.Hidden), Is.All.False);
    }

    [Test]
    public void The_students_feedback_shows_the_hidden_tests_name_and_verdict_but_the_gradebook_has_its_message()
    {
        using var work = new TemporaryFolder();
        var output = new BatchOutput(work.Path, ["01-sigmoid"], showHiddenMessages: false);

        output.Add(Graded.Value);

        var feedback = File.ReadAllText(Path.Combine(work.Path, "feedback", "hidden-tests.md"));
        Assert.That(feedback, Does.Contain(HiddenTest).And.Contain(HiddenTestMessages.Withheld).And.Not.Contain(Secret));
        Assert.That(File.ReadAllText(Path.Combine(work.Path, "grades.json")), Does.Contain(Secret));
    }

    [Test]
    public void The_instructor_can_show_the_hidden_tests_messages_to_the_student()
    {
        using var work = new TemporaryFolder();
        var output = new BatchOutput(work.Path, ["01-sigmoid"], showHiddenMessages: true);

        output.Add(Graded.Value);

        Assert.That(File.ReadAllText(Path.Combine(work.Path, "feedback", "hidden-tests.md")), Does.Contain(Secret));
    }

    private static GradeReport GradeWithHiddenTest()
    {
        using var work = new TemporaryFolder();
        work.WriteFile("hidden/01-sigmoid/SecretSigmoidTests.cs", $$"""
            namespace NeuralKatas.Hidden;

            [TestFixture]
            public sealed class SecretSigmoidTests
            {
                [Test]
                public void {{HiddenTest}}() => Assert.Fail("{{Secret}}");
            }
            """);
        var path = ScenarioSubmission.Build(ScenarioCatalogue.Cases().Single(s => s.Name == "reference-solutions") with { Name = "hidden-tests" }, work.Path);
        using var submission = SubmissionLoader.Load(path, RepositoryRoot.Course.Manifest);
        // Nothing here hangs: a long time limit only keeps a busy machine from stopping the kata.
        var options = new GradeOptions("01-sigmoid", [Path.Combine(work.Path, "hidden")], ScenarioGrader.Limits with { TimePerKata = TimeSpan.FromSeconds(60) });
        return ScenarioGrader.Pipeline.Grade(submission.Name, submission.KatasRoot, options);
    }
}
