using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.Scoring;

/// <summary>Only the tests the course declares count: others are dropped, and a declared test without a result fails.</summary>
[TestFixture]
public sealed class CountedTestsTests
{
    private static readonly TestLocation Declared = new("NeuralKatas.Kata01.ActivationTests", "Sigmoid_of_zero_is_one_half", "katas/01-sigmoid/Tests/ActivationTests.cs", 10);

    private static readonly TestLocation AlsoDeclared = new("NeuralKatas.Kata01.ActivationTests", "Sigmoid_is_symmetric_about_one_half", "katas/01-sigmoid/Tests/ActivationTests.cs", 20);

    [Test]
    public void A_result_for_a_test_the_course_does_not_declare_is_dropped()
    {
        var result = Completed(Passed(Declared.ClassName, Declared.MethodName), Passed("NeuralKatas.Forged", "Passes"));

        var counted = CountedTests.Of(result, [Declared]);

        Assert.That(counted.Outcomes.Select(o => o.MethodName), Is.EqualTo(new[] { Declared.MethodName }));
    }

    [Test]
    public void A_declared_test_without_a_result_fails_as_did_not_run()
    {
        var result = Completed(Passed(Declared.ClassName, Declared.MethodName));

        var counted = CountedTests.Of(result, [Declared, AlsoDeclared]);

        var missing = counted.Outcomes.Single(o => o.MethodName == AlsoDeclared.MethodName);
        Assert.That(missing.Status, Is.EqualTo(TestStatus.Failed));
        Assert.That(missing.Message, Is.EqualTo(CountedTests.DidNotRun));
    }

    [Test]
    public void A_fixture_the_course_did_not_write_is_not_run()
    {
        var course = RepositoryRoot.Course;
        var kata = course.Manifest.Katas[0];
        var compiler = new KataCompiler(CourseSources.Library(course));
        var sneaky = new SourceFile("hidden/01-sigmoid/Sneaky.cs", """
            namespace NeuralKatas.Kata01;

            public sealed class SneakyTests
            {
                [Test]
                public void Counts_without_a_fixture_attribute() => Assert.Pass();
            }
            """);
        var compiled = compiler.CompileSteps("Filter", [new LearnerStep(KataLanguage.CSharp, CourseSources.StepFiles(kata, course.SolutionsDirectory, KataLanguage.CSharp))], [.. CourseSources.Tests(course, kata), sneaky]);

        var outcomes = InProcessTestRunner.Run(compiled, course.SnapshotDirectory(kata));

        Assert.That(compiled.Errors, Is.Empty);
        Assert.That(outcomes, Is.Not.Empty);
        Assert.That(outcomes.Select(o => o.ClassName), Has.None.Contains("Sneaky"));
        Assert.That(compiled.TestLocations.Select(t => t.ClassName), Has.None.Contains("Sneaky"));
    }

    private static JobResult Completed(params TestOutcome[] outcomes) =>
        new(new KataJob("01-sigmoid", [], [], [], null), JobEnd.Completed, outcomes, null);

    private static TestOutcome Passed(string className, string methodName) =>
        new(className, methodName, methodName, TestStatus.Passed, string.Empty, TimeSpan.Zero);
}
