using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Tests.Reporting;

namespace NeuralKatas.Tests.Scenarios;

/// <summary>
/// Golden scenarios, Exercism-test-runner style: each submission graded through the real
/// pipeline gives exactly its expected JSON report; then a few claims that hold whatever the
/// expected files say, so a careless update cannot bless a wrong grade.
/// </summary>
[TestFixture]
public sealed class ScenarioTests
{
    private const string LastKata = "05-train";

    public static IEnumerable<TestCaseData> Cases() =>
        ScenarioCatalogue.Cases().Select(s => new TestCaseData(s).SetArgDisplayNames(s.Name));

    public static IEnumerable<TestCaseData> Mutants() =>
        ScenarioCatalogue.Mutants().Select(s => new TestCaseData(s).SetArgDisplayNames(s.Name));

    [TestCaseSource(nameof(Cases))]
    public void Grading_the_case_gives_its_expected_report(Scenario scenario) => AssertExpectedReport(scenario);

    [TestCaseSource(nameof(Mutants))]
    public void Grading_a_catalogued_mistake_gives_its_expected_report(Scenario scenario) => AssertExpectedReport(scenario);

    [TestCaseSource(nameof(Mutants))]
    public void A_catalogued_mistake_costs_points_in_the_kata_that_catches_it(Scenario scenario)
    {
        var report = ScenarioGrader.Grade(scenario);

        var caughtBy = report.Katas.Single(k => k.Id == scenario.KataId!);
        Assert.That(caughtBy.Status, Is.EqualTo(KataStatus.Failed), $"{scenario.Name}: {caughtBy.Error}");
        Assert.That(caughtBy.Score, Is.LessThan(caughtBy.MaxScore));
    }

    [TestCase("reference-solutions")]
    [TestCase("github-wrapped-zip")]
    public void A_correct_submission_gets_full_marks(string name)
    {
        var report = Grade(name);

        Assert.That(report.FullMarks, Is.True, Describe(report));
        Assert.That(report.Score, Is.EqualTo(report.MaxScore));
        Assert.That(report.Submission, Is.EqualTo(name));
    }

    [Test]
    public void The_shipped_stubs_get_zero()
    {
        var report = Grade("shipped-stubs");

        Assert.That(report.Score, Is.Zero, Describe(report));
        Assert.That(report.Katas.Select(k => k.Status), Is.All.EqualTo(KataStatus.Failed));
    }

    [Test]
    public void A_compile_error_is_reported_at_the_learners_line_and_the_other_katas_are_still_graded()
    {
        const string File = "katas/03-forward/ForwardPropagation.cs";
        // The case's edit drops the semicolon of this line of the reference solution.
        var source = System.IO.File.ReadAllLines(Path.Combine(RepositoryRoot.Course.SolutionsDirectory, "03-forward", "ForwardPropagation.cs"));
        var brokenLine = Array.FindIndex(source, line => line.TrimEnd().EndsWith("Map(Activation.Sigmoid);", StringComparison.Ordinal)) + 1;

        var report = Grade("compile-error-in-03");

        var forward = report.Katas.Single(k => k.Id == "03-forward");
        Assert.That(forward.Status, Is.EqualTo(KataStatus.CompileError));
        Assert.That(forward.Diagnostics.Select(d => d.File), Is.All.EqualTo(File));
        Assert.That(forward.Diagnostics.Select(d => d.Line), Does.Contain(brokenLine));
        Assert.That(report.Katas.Where(k => k.Id != "03-forward").Select(k => k.Status), Is.All.EqualTo(KataStatus.Passed), Describe(report));
    }

    [Test]
    public void A_later_kata_that_passes_in_isolation_says_the_earlier_code_holds_it_back()
    {
        var report = Grade("partially-correct");

        Assert.That(report.Katas.Where(k => k.Id is "01-sigmoid" or "02-init").Select(k => k.Status), Is.All.EqualTo(KataStatus.Passed), Describe(report));
        Assert.That(report.Katas.Where(k => k.Id is "03-forward" or "04-backprop").Select(k => k.Status), Is.All.EqualTo(KataStatus.Failed));
        var training = report.Katas.Single(k => k.Id == LastKata);
        Assert.That(training.Status, Is.EqualTo(KataStatus.Passed));
        Assert.That(training.Isolation, Does.Contain("on your own earlier code"));
    }

    [TestCase("hostile-endless-loop", KataStatus.TimedOut)]
    [TestCase("hostile-stack-overflow", KataStatus.Crashed)]
    [TestCase("hostile-output-flood", KataStatus.OutputFlood)]

    // The compile gate stops these before they run: no Environment, no threads in kata code.
    [TestCase("hostile-environment-exit", KataStatus.CompileError)]
    [TestCase("hostile-failfast", KataStatus.CompileError)]
    [TestCase("hostile-thread-left-running", KataStatus.CompileError)]
    public void A_hostile_last_kata_costs_only_its_own_points(string name, KataStatus status)
    {
        var report = Grade(name);

        var last = report.Katas.Single(k => k.Id == LastKata);
        Assert.That(last.Status, Is.EqualTo(status), Describe(report));
        Assert.That(last.Score, Is.Zero);
        Assert.That(last.Error, Is.Not.Null.And.Not.Empty);
        Assert.That(report.Katas.Where(k => k.Id != LastKata).Select(k => k.Status), Is.All.EqualTo(KataStatus.Passed));
    }

    [Test]
    public void Running_out_of_memory_fails_only_the_tests_that_allocate()
    {
        var report = Grade("hostile-out-of-memory");

        var last = report.Katas.Single(k => k.Id == LastKata);
        Assert.That(last.Status, Is.Not.EqualTo(KataStatus.Passed), Describe(report));
        Assert.That(last.Score, Is.LessThan(last.MaxScore));
        Assert.That(last.Tests.Where(t => t.Status != TestStatus.Passed).Select(t => t.Message), Is.All.Contain("OutOfMemoryException"));
        Assert.That(report.Katas.Where(k => k.Id != LastKata).Select(k => k.Status), Is.All.EqualTo(KataStatus.Passed));
    }

    [Test]
    public void Fake_results_on_stdout_and_in_files_earn_nothing()
    {
        var report = Grade("hostile-forged-result");

        var last = report.Katas.Single(k => k.Id == LastKata);
        Assert.That(last.Score, Is.Zero, Describe(report));
        Assert.That(last.Tests.Select(t => t.Status), Has.None.EqualTo(TestStatus.Passed));
        Assert.That(report.Score, Is.EqualTo(report.MaxScore - last.MaxScore));
    }

    [Test]
    public void A_submissions_own_tests_manifest_and_snapshot_never_count()
    {
        var report = Grade("hostile-own-tests");

        Assert.That(report.Score, Is.Zero, Describe(report));
        Assert.That(report.MaxScore, Is.EqualTo(RepositoryRoot.Course.Manifest.Katas.Sum(k => k.Points)));
        var last = report.Katas.Single(k => k.Id == LastKata);
        Assert.That(last.Tests.Select(t => t.Status), Has.None.EqualTo(TestStatus.Passed));
        Assert.That(last.Tests, Has.Count.EqualTo(8));
    }

    [TestCase("hostile-module-initializer")]
    [TestCase("hostile-test-action")]
    [TestCase("hostile-assert-pass")]
    [TestCase("hostile-extra-tests")]
    [TestCase("hostile-lesson-type")]
    [TestCase("hostile-reflection-private-field")]
    [TestCase("hostile-gettype-assembly")]
    [TestCase("hostile-fsharp-module-initializer")]
    [TestCase("hostile-fsharp-test-action")]
    [TestCase("hostile-fsharp-success-exception")]
    [TestCase("hostile-fsharp-extra-tests")]
    [TestCase("hostile-fsharp-lesson-type")]
    [TestCase("hostile-fsharp-reflection-private-field")]
    [TestCase("hostile-fsharp-gettype-assembly")]
    public void Code_that_reaches_for_the_tests_or_the_runner_is_a_compile_error_at_its_line_and_costs_only_its_kata(string name)
    {
        var scenario = ScenarioCatalogue.Cases().Single(s => s.Name == name);
        var edit = scenario.Edits.Single();
        var report = Grade(name);

        // Each case marks its offending line "// hostile".
        var baseText = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Course.SolutionsDirectory, edit.Kata, edit.File));
        var hostileLine = Array.FindIndex(edit.ApplyTo(baseText).Split('\n'), line => line.Contains("// hostile", StringComparison.Ordinal)) + 1;
        var hostile = report.Katas.Single(k => k.Id == edit.Kata);
        Assert.That(hostile.Status, Is.EqualTo(KataStatus.CompileError), Describe(report));
        Assert.That(hostile.Score, Is.Zero);
        Assert.That(hostile.Diagnostics.Select(d => d.File), Is.All.EqualTo($"katas/{edit.Kata}/{edit.File}"));
        Assert.That(hostile.Diagnostics.Select(d => d.Line), Does.Contain(hostileLine), string.Join(Environment.NewLine, hostile.Diagnostics));
        Assert.That(report.Katas.Where(k => k.Id != edit.Kata).Select(k => k.Status), Is.All.EqualTo(KataStatus.Passed), Describe(report));
    }

    private static void AssertExpectedReport(Scenario scenario)
    {
        var report = ScenarioGrader.Grade(scenario);

        var json = Rendered.Text(new JsonReportWriter(includeDurations: false), report);
        if (scenario.MessagesQuoteRandomNumbers)
        {
            json = ExpectedReport.WithoutNumbersInMessages(json);
        }

        ExpectedReport.AssertMatches(scenario.ExpectedReportPath, json);
    }

    private static GradeReport Grade(string name) =>
        ScenarioGrader.Grade(ScenarioCatalogue.Cases().Single(s => s.Name == name));

    // With each kata's compile errors: a kata that failed to compile only in a full run said nothing else.
    private static string Describe(GradeReport report) =>
        string.Join(Environment.NewLine, report.Katas.Select(k =>
            $"{k.Id}: {k.Status} {k.Score}/{k.MaxScore} {k.Error} {k.Isolation}" + string.Concat(k.Diagnostics.Select(d => $"{Environment.NewLine}  {d}"))));
}
