using System.Text.RegularExpressions;
using NeuralKatas.Tests.Classroom;

namespace NeuralKatas.Tests.Learner;

/// <summary>
/// `dotnet test` reads like the grader: each failure is its message and one stack trace, with no
/// frame of the test support's own or of reflection calling the test, and no copy of the trace
/// after it (NUnit's adapter appends the stack trace of every recorded assertion, and NUnit
/// records one for Assert.Fail and for any exception). Both ways a kata test fails are run: a
/// lesson that names a mistake, and the exception of a TODO stub.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed partial class DotnetTestOutputTests
{
    [TestCase(true, "Mistake: sigmoid-mirrored")]
    [TestCase(false, "System.NotImplementedException : Activation.Sigmoid is still a TODO")]
    public void A_failure_prints_its_message_and_one_stack_trace_of_the_learners_and_the_tests_frames(bool withMistake, string message)
    {
        using var fixture = FixtureCourse.Create(withBuildFiles: true);
        if (withMistake)
        {
            fixture.Solve("01-sigmoid");
            var file = fixture.LearnerFile("01-sigmoid");
            File.WriteAllText(file, File.ReadAllText(file).Replace("Math.Exp(-z)", "Math.Exp(z)", StringComparison.Ordinal));
        }

        var run = ShellStep.Run("dotnet test katas/01-sigmoid --nologo", fixture.Root, new Dictionary<string, string>(), TimeSpan.FromMinutes(5));

        var failures = FailedTest().Matches(run.Output).Count;
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero, run.Output);
            Assert.That(run.Output, Does.Contain(message), run.Output);
            Assert.That(failures, Is.GreaterThan(0), run.Output);
            Assert.That(StackTraceHeading().Matches(run.Output), Has.Count.EqualTo(failures), "one stack trace per failure:\n" + run.Output);
            Assert.That(RepeatedTrace().IsMatch(run.Output), Is.False, "a trace printed again as an assertion's:\n" + run.Output);
            Assert.That(HiddenFrame().IsMatch(run.Output), Is.False, "a frame of the test support or of reflection:\n" + run.Output);
        });
    }

    [GeneratedRegex(@"^\s*Failed \S+ \[", RegexOptions.Multiline)]
    private static partial Regex FailedTest();

    [GeneratedRegex(@"^\s*Stack Trace:", RegexOptions.Multiline)]
    private static partial Regex StackTraceHeading();

    [GeneratedRegex(@"^\d+\)\s+at ", RegexOptions.Multiline)]
    private static partial Regex RepeatedTrace();

    [GeneratedRegex(@"^\s*at (NeuralKatas\.Testing\.|System\.Reflection\.|InvokeStub_)", RegexOptions.Multiline)]
    private static partial Regex HiddenFrame();
}
