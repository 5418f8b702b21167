using NeuralKatas.Grader.CompileServer;

namespace NeuralKatas.Tests.CompileServer;

/// <summary>
/// A compile that gave no kata is put down to the source only when something shows the source did
/// it; a starved or killed server on a loaded machine (seen in a full test run: an honest kata told
/// it was "too complex") is the machine's, and gets another server.
/// </summary>
[TestFixture]
public sealed class CompileBlameTests
{
    private const string StackOverflowReport = "Stack overflow.\n   at Microsoft.CodeAnalysis.CSharp.Binder.BindExpression(...)\n";

    public static IEnumerable<TestCaseData> Ends()
    {
        yield return new TestCaseData(ExchangeEnd.Answered, nameof(InsufficientExecutionStackException), "").Returns(nameof(InsufficientExecutionStackException)).SetArgDisplayNames("the server caught a failure");
        yield return new TestCaseData(ExchangeEnd.OverBudget, null, "").Returns("time").SetArgDisplayNames("over its CPU budget");
        yield return new TestCaseData(ExchangeEnd.Died, null, StackOverflowReport).Returns(nameof(StackOverflowException)).SetArgDisplayNames("died of a stack overflow");
        yield return new TestCaseData(ExchangeEnd.Died, null, "Unhandled exception. System.OutOfMemoryException").Returns(nameof(OutOfMemoryException)).SetArgDisplayNames("died out of memory");
        yield return new TestCaseData(ExchangeEnd.Died, null, "").Returns("machine").SetArgDisplayNames("died without a report");
        yield return new TestCaseData(ExchangeEnd.Stalled, null, "").Returns("machine").SetArgDisplayNames("did no work for its budget");
        yield return new TestCaseData(ExchangeEnd.Stalled, null, StackOverflowReport).Returns("machine").SetArgDisplayNames("stalled, whatever it wrote before");
    }

    // The end is passed as an object: its type is the grader's own, not public.
    [TestCaseSource(nameof(Ends))]
    public string A_stopped_compile_is_blamed_on_the_source_only_with_a_sign_of_it(object end, string? failure, string errorTail) =>
        IsolatedCompiler.Blame((ExchangeEnd)end, failure, errorTail);
}
