using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Grader.Scoring;

/// <summary>
/// Keeps the results of the tests that count, the ones the course's own test sources (and the
/// instructor's hidden tests) declare, in source order: a result for any other test is dropped,
/// and a declared test with no result fails. So code that adds tests of its own, or stops a test
/// from reporting, gains nothing.
/// </summary>
public static class CountedTests
{
    /// <summary>The message of a declared test that came back without a result.</summary>
    public const string DidNotRun = "This test did not run: the course declares it, but no result came back for it, so it counts as failed.";

    /// <summary><paramref name="result"/> with only the declared tests' outcomes, and a failure for each declared test that has none.</summary>
    public static JobResult Of(JobResult result, IReadOnlyList<TestLocation> declared)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(declared);

        var names = declared.Select(test => (test.ClassName, test.MethodName)).ToHashSet();
        var counted = result.Outcomes.Where(outcome => names.Contains((outcome.ClassName, outcome.MethodName))).ToList();

        // A kata that was stopped says why already; only a completed run can be missing a test.
        if (result.End == JobEnd.Completed)
        {
            var reported = counted.Select(outcome => (outcome.ClassName, outcome.MethodName)).ToHashSet();
            counted.AddRange(declared
                .Where(test => !reported.Contains((test.ClassName, test.MethodName)))
                .DistinctBy(test => (test.ClassName, test.MethodName))
                .Select(test => new TestOutcome(test.ClassName, test.MethodName, test.MethodName, TestStatus.Failed, DidNotRun, TimeSpan.Zero)));
        }

        return result with { Outcomes = SourceOrder.Sort(counted, declared) };
    }
}
