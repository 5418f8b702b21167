using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace NeuralKatas.Testing;

/// <summary>
/// Reports an exception from the learner's code (a TODO stub's, say) as the test's error with one
/// stack trace. NUnit records such an exception as an assertion as well, and its test adapter
/// prints every assertion's stack trace after the test's, so `dotnet test` showed each trace twice.
/// Every kata's test assembly carries it (katas/Directory.Build.targets); the grader reads results
/// from NUnit directly and does not need it. A test's own failure (<see cref="Lesson.Failure"/>)
/// has no such copy, and keeps its state and message; from both, the frames of reflection calling
/// the test method are dropped.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class OneStackTraceAttribute : NUnitAttribute, IWrapTestMethod
{
    /// <inheritdoc/>
    public TestCommand Wrap(TestCommand command) => new OneStackTraceCommand(command);

    private sealed class OneStackTraceCommand(TestCommand inner) : DelegatingTestCommand(inner)
    {
        public override TestResult Execute(TestExecutionContext context)
        {
            try
            {
                return innerCommand.Execute(context);
            }
            catch (Exception thrown) when (thrown.Unwrap() is var error && error is not OperationCanceledException)
            {
                // What NUnit itself records, without the assertion's copy and the invocation's frames.
                var (state, message, stackTrace) = error is ResultStateException result
                    ? (result.ResultState, result.Message, StackFilter.DefaultFilter.Filter(result.StackTrace))
                    : (ResultState.Error, ExceptionHelper.BuildMessage(error), ExceptionHelper.BuildStackTrace(error));
                context.CurrentResult.SetResult(state, message, WithoutInvocationFrames(stackTrace));
                return context.CurrentResult;
            }
        }

        // The frames of reflection calling the test method say nothing to a learner.
        private static string? WithoutInvocationFrames(string? stackTrace) =>
            stackTrace is null ? null : string.Join('\n', stackTrace.Split('\n').Where(line =>
                !line.TrimStart().StartsWith("at System.Reflection.", StringComparison.Ordinal)
                && !line.TrimStart().StartsWith("at InvokeStub_", StringComparison.Ordinal)));
    }
}
