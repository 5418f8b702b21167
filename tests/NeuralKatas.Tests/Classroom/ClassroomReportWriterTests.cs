using System.Text;
using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.Classroom;

[TestFixture]
public sealed class ClassroomReportWriterTests
{
    [Test]
    public void Passing_7_of_10_tests_sends_7_tenths_of_the_kata_s_points_and_prints_the_same()
    {
        var report = Report(Kata("03-forward", points: 10, passed: 7, total: 10));

        var runner = ReporterModel.Decode("kata03", Write(report));

        Assert.Multiple(() =>
        {
            Assert.That(runner.MaxScore, Is.EqualTo(10));
            Assert.That(runner.SentPoints, Is.EqualTo(7).Within(1e-9));
            Assert.That(runner.PrintedPoints, Is.EqualTo(7).Within(1e-9));
            Assert.That(runner.Result.GetProperty("status").GetString(), Is.EqualTo("fail"));
        });
    }

    [Test]
    public void The_printed_and_the_sent_points_agree_for_every_count_of_passing_tests()
    {
        foreach (var points in new[] { 1, 7, 10, 25 })
        {
            for (var total = 1; total <= 30; total++)
            {
                for (var passed = 0; passed <= total; passed++)
                {
                    var runner = ReporterModel.Decode("kata01", Write(Report(Kata("01-sigmoid", points, passed, total))));

                    // The log shows two decimals of one figure, Classroom gets the other: they must be the same number.
                    Assert.That(runner.SentPoints, Is.EqualTo(runner.PrintedPoints), $"{passed} of {total} tests, {points} points");
                    Assert.That(runner.SentPoints, Is.EqualTo((double)points * passed / total).Within(1e-9));
                }
            }
        }
    }

    [Test]
    public void Every_kata_reaches_classroom_with_its_points_when_each_has_its_own_runner()
    {
        var environment = new Dictionary<string, string>
        {
            ["KATA01_RESULTS"] = Write(Report(Kata("01-sigmoid", 10, passed: 12, total: 12))),
            ["KATA02_RESULTS"] = Write(Report(Kata("02-init", 10, passed: 3, total: 9))),
            ["KATA03_RESULTS"] = Write(Report(Kata("03-forward", 10, passed: 0, total: 7))),
        };

        var sent = ReporterModel.Read("kata01,kata02,kata03", environment).SentToClassroom;

        Assert.That(sent, Is.Not.Null);
        Assert.That(sent!.Value.Points, Is.EqualTo(10 + (10.0 / 3)).Within(1e-9));
        Assert.That(sent.Value.MaxPoints, Is.EqualTo(30));
    }

    [Test]
    public void Full_marks_is_status_pass_with_every_test_scored()
    {
        var runner = ReporterModel.Decode("kata05", Write(Report(Kata("05-train", 10, passed: 6, total: 6))));

        Assert.Multiple(() =>
        {
            Assert.That(runner.Result.GetProperty("status").GetString(), Is.EqualTo("pass"));
            Assert.That(runner.SentPoints, Is.EqualTo(10).Within(1e-9));
        });
    }

    [Test]
    public void A_kata_that_does_not_compile_is_one_error_test_whose_message_gives_the_line_not_zero_tests()
    {
        var broken = new KataGrade("02-init", "Initialising the network", KataStatus.CompileError, 0, 10, [],
            [new CompileDiagnostic("katas/02-init/Initialization.cs", 12, 5, "CS1002", "; expected")], "02-init does not compile: fix the errors at the lines shown.", null);

        var runner = ReporterModel.Decode("kata02", Write(Report(broken)));
        var test = runner.Result.GetProperty("tests")[0];

        Assert.Multiple(() =>
        {
            Assert.That(runner.Result.GetProperty("tests").GetArrayLength(), Is.EqualTo(1));
            Assert.That(runner.Result.GetProperty("status").GetString(), Is.EqualTo("error"));
            Assert.That(test.GetProperty("status").GetString(), Is.EqualTo("error"), "The reporter prints the message of an error test only.");
            Assert.That(test.GetProperty("message").GetString(), Does.Contain("katas/02-init/Initialization.cs(12,5)").And.Contain("CS1002"));
            Assert.That(runner.PrintedPoints, Is.Zero);
            Assert.That(runner.MaxScore, Is.EqualTo(10), "A max_score of 0 would keep the kata's points out of Classroom's total.");
        });
    }

    [Test]
    public void Tests_keep_their_names_and_teaching_messages_and_carry_a_line_number()
    {
        var runner = ReporterModel.Decode("kata01", Write(Report(Kata("01-sigmoid", 10, passed: 1, total: 2))));
        var tests = runner.Result.GetProperty("tests").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(tests.Select(t => t.GetProperty("name").GetString()), Is.EqualTo(new[] { "Test_1", "Test_2" }));
            Assert.That(tests[1].GetProperty("message").GetString(), Is.EqualTo("Expected σ′(4) = 0.0177, got 0.198: σ′(σ(z))."));
            Assert.That(tests.Select(t => t.GetProperty("line_no").GetInt32()), Is.All.EqualTo(0), "0 is the reporter's \"no line\".");
        });
    }

    [Test]
    public void The_output_is_one_line_of_base64_for_GITHUB_OUTPUT()
    {
        var text = Rendered(Report(Kata("04-backprop", 10, passed: 2, total: 5)));

        Assert.That(text, Does.Match("^[A-Za-z0-9+/]+=*\n$"));
    }

    private static string Write(GradeReport report) => Rendered(report).TrimEnd('\n');

    private static string Rendered(GradeReport report)
    {
        var output = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        ReportWriters.Get("classroom").Write(report, output);
        return output.ToString();
    }

    private static GradeReport Report(KataGrade kata) => new("student", [kata], null);

    // Built as the Scorer builds it: the kata's points shared equally, rounded to 4 decimals.
    private static KataGrade Kata(string id, int points, int passed, int total)
    {
        var share = Math.Round((double)points / total, 4);
        var tests = Enumerable.Range(1, total)
            .Select(i => i <= passed
                ? new TestGrade($"Test_{i}", TestStatus.Passed, string.Empty, share, share, TimeSpan.FromMilliseconds(3))
                : new TestGrade($"Test_{i}", TestStatus.Failed, "Expected σ′(4) = 0.0177, got 0.198: σ′(σ(z)).", 0, share, TimeSpan.FromMilliseconds(3)))
            .ToList();
        var status = passed == total ? KataStatus.Passed : KataStatus.Failed;
        return new KataGrade(id, id, status, passed == total ? points : Math.Round(passed * share, 4), points, tests, [], null, null);
    }
}
