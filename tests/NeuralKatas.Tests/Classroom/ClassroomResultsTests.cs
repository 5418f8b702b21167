using NeuralKatas.Grader.Classroom;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.Classroom;

/// <summary>
/// The runners' results as the real reporter (<see cref="ReporterModel"/>) reads them: what it
/// prints and what it sends must be the grader's own figures, to the last digit.
/// </summary>
[TestFixture]
public sealed class ClassroomResultsTests
{
    // The course's own test counts per kata: 19, 7, 6, 7 and 8 tests of 10 points each.
    private static readonly int[] Counts = [19, 7, 6, 7, 8];

    private static readonly string Runners = string.Join(',', ClassroomRunner.For(RepositoryRoot.Course.Manifest).Select(runner => runner.Id));

    [Test]
    public void Full_marks_send_50_of_50_where_equal_shares_in_one_running_sum_sent_50_000000000000014()
    {
        var naive = 0.0;
        foreach (var count in Counts)
        {
            for (var i = 0; i < count; i++)
            {
                naive += 10.0 / count;
            }
        }

        var reporter = Reporter(Grades.Course(Counts, Counts));

        Assert.Multiple(() =>
        {
            Assert.That(JsNumber.ToString(naive), Is.EqualTo("50.000000000000014"), "The drift the old shares caused.");
            Assert.That(reporter.Notices, Is.EqualTo(new[] { "Points 50/50", "{\"totalPoints\":50,\"maxPoints\":50}" }));
            Assert.That(reporter.Log, Does.Contain("Total points for kata01: 10.00/10"));
            Assert.That(reporter.Log, Does.Contain("| Total:  | 50 | 50 |"));
            Assert.That(reporter.Failure, Is.Null, "Every test passes: the run is green.");
        });
    }

    [Test]
    public void Nothing_passing_sends_0_of_50_and_the_run_fails()
    {
        var reporter = Reporter(Grades.Course([0, 0, 0, 0, 0], Counts));

        Assert.Multiple(() =>
        {
            Assert.That(reporter.Notices[0], Is.EqualTo("Points 0/50"));
            Assert.That(reporter.Failure, Is.EqualTo("Some tests failed."));
        });
    }

    [Test]
    public void Partial_credit_sends_the_grader_s_total_to_the_last_digit()
    {
        var report = Grades.Course([19, 3, 5, 1, 7], Counts);

        var reporter = Reporter(report);

        Assert.Multiple(() =>
        {
            Assert.That(report.Score, Is.EqualTo(10 + 4.2857 + 8.3333 + 1.4286 + 8.75));
            Assert.That(reporter.Sent!.Value.TotalPoints, Is.EqualTo(report.Score));
            Assert.That(reporter.Notices[0], Is.EqualTo("Points 32.7976/50"));
            Assert.That(reporter.Log, Does.Contain("Total points for kata02: 4.29/10"));
        });
    }

    [Test]
    public void A_kata_that_does_not_compile_sends_40_of_50_and_says_why_in_an_error_line()
    {
        var katas = Grades.Course(Counts, Counts).Katas.ToList();
        katas[2] = Grades.DoesNotCompile("03-forward", 10);

        var reporter = Reporter(new GradeReport("student", katas, null));

        Assert.Multiple(() =>
        {
            Assert.That(reporter.Notices[0], Is.EqualTo("Points 40/50"));
            Assert.That(reporter.Log, Has.Some.StartsWith("Error: Does not compile").And.Contains("katas/03-forward/File.cs(12,5)"));
            Assert.That(reporter.Log, Does.Contain("Total points for kata03: 0.00/10"));
            Assert.That(reporter.Failure, Is.EqualTo("Some tests errored."));
        });
    }

    [Test]
    public void A_kata_that_timed_out_after_some_tests_passed_earns_nothing_in_the_log_and_in_the_total()
    {
        var katas = Grades.Course(Counts, Counts).Katas.ToList();
        katas[4] = Grades.Ran("05-train", 10, passed: 5, total: 8, JobEnd.TimedOut);

        var reporter = Reporter(new GradeReport("student", katas, null));

        Assert.Multiple(() =>
        {
            Assert.That(katas[4].Score, Is.Zero);
            Assert.That(reporter.Notices[0], Is.EqualTo("Points 40/50"));
            Assert.That(reporter.Log, Does.Contain("Total points for kata05: 0.00/10"));
            Assert.That(reporter.Log, Has.Some.StartsWith("Error: Timed out"));
        });
    }

    [Test]
    public void Every_count_of_passing_tests_after_any_earlier_kata_sends_the_grader_s_total_exactly_and_prints_its_two_decimals()
    {
        foreach (var points in new[] { 1, 3, 7, 10, 25 })
        {
            for (var total = 1; total <= 30; total++)
            {
                for (var passed = 0; passed <= total; passed++)
                {
                    var report = new GradeReport("student", [Grades.Ran("01-sigmoid", 10, 3, 7), Grades.Ran("02-init", points, passed, total)], null);
                    var manifest = RepositoryRoot.Course.Manifest with { Katas = [.. RepositoryRoot.Course.Manifest.Katas.Take(1), RepositoryRoot.Course.Manifest.Katas[1] with { Points = points }] };
                    var reporter = ReporterModel.Read("kata01,kata02,integrity", Environment(report, manifest));

                    var context = $"{passed} of {total} tests of {points} points";
                    Assert.That(reporter.Sent!.Value.TotalPoints, Is.EqualTo(report.Score), context);
                    Assert.That(reporter.Log, Does.Contain($"Total points for kata02: {report.Katas[1].Score:0.00}/{points}"), context);
                }
            }
        }
    }

    [Test]
    public void A_submission_that_could_not_be_graded_still_gives_every_runner_an_error_result_worth_its_kata_s_points()
    {
        var report = new GradeReport("student", [], "katas/01-sigmoid/Activation.cs is a symbolic link.");

        var reporter = Reporter(report);

        Assert.Multiple(() =>
        {
            Assert.That(reporter.Runners.Select(runner => runner.Name), Is.EqualTo(Runners.Split(',')));
            Assert.That(reporter.Notices[0], Is.EqualTo("Points 0/50"));
            Assert.That(reporter.Log.Count(line => line.Contains("symbolic link", StringComparison.Ordinal)), Is.EqualTo(5));
        });
    }

    [Test]
    public void A_200_000_character_message_still_leaves_every_result_small_enough_for_an_environment_variable()
    {
        var katas = Grades.Course(Counts, Counts).Katas.ToList();
        katas[0] = Grades.Ran("01-sigmoid", 10, 0, 19, message: new string('x', 200_000));

        var values = ClassroomResults.Encode(new GradeReport("student", katas, null), RepositoryRoot.Course.Manifest);

        Assert.Multiple(() =>
        {
            Assert.That(values.Select(value => value.Value.Length), Has.All.LessThanOrEqualTo(ClassroomResults.MaxEncodedLength));
            Assert.That(values.Select(value => value.Value), Has.All.Match("^[A-Za-z0-9+/]+=*$"), "One line of base64 for GITHUB_OUTPUT.");
            Assert.That(Reporter(new GradeReport("student", katas, null)).Notices[0], Is.EqualTo("Points 40/50"));
        });
    }

    [Test]
    public void Changed_protected_files_fail_the_integrity_runner_by_name_and_leave_the_points_alone()
    {
        var report = Grades.Course(Counts, Counts) with { ChangedFiles = ["katas/01-sigmoid/Tests/ActivationTests.cs", "katas/katas.json"] };

        var reporter = Reporter(report);

        Assert.Multiple(() =>
        {
            Assert.That(reporter.Log, Does.Contain("❌ Protected files changed: katas/01-sigmoid/Tests/ActivationTests.cs, katas/katas.json"));
            Assert.That(reporter.Notices[0], Is.EqualTo("Points 50/50"));
            Assert.That(reporter.Failure, Is.EqualTo("Some tests failed."), "The run is red, for the student and on the dashboard.");
        });
    }

    [Test]
    public void Unchanged_protected_files_pass_the_integrity_runner_which_prints_no_points_line()
    {
        var reporter = Reporter(Grades.Course(Counts, Counts));

        Assert.Multiple(() =>
        {
            Assert.That(reporter.Log, Does.Contain("✅ Protected files unchanged"));
            Assert.That(reporter.Log, Has.None.StartsWith("Total points for integrity"));
        });
    }

    [Test]
    public void The_single_runner_format_is_one_line_of_base64_whose_points_are_the_grader_s_total()
    {
        var report = Grades.Course([19, 3, 5, 1, 7], Counts);

        var runner = ReporterModel.Decode("all", ClassroomResults.EncodeOne(report));
        var sum = runner.Tests.Aggregate(0.0, (total, test) => total + test.GetProperty("score").GetDouble());

        Assert.Multiple(() =>
        {
            Assert.That(sum, Is.EqualTo(report.Score));
            Assert.That(runner.MaxScore, Is.EqualTo(50));
            Assert.That(runner.Tests[0].GetProperty("name").GetString(), Is.EqualTo("01-sigmoid: Test_1"));
        });
    }

    private static ReporterModel Reporter(GradeReport report) => ReporterModel.Read(Runners, Environment(report, RepositoryRoot.Course.Manifest));

    private static Dictionary<string, string> Environment(GradeReport report, Grader.Course.Manifest manifest) =>
        ClassroomResults.Encode(report, manifest).ToDictionary(pair => pair.Runner.Variable, pair => pair.Value);
}
