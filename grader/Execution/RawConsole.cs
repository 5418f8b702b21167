using System.Text;
using NUnit.Framework.Interfaces;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// Sends the console output of learner code to the worker's real stdout and stderr, where the
/// supervisor counts it against the output cap. NUnit would otherwise capture Console.Out into
/// each test's result in memory, so a flood would grow the worker's heap instead of tripping the
/// cap. NUnit installs its capture when the run starts; as a listener, this puts the real
/// streams back as each test starts, after NUnit has set up.
/// </summary>
public sealed class RawConsole : ITestListener
{
    private readonly TextWriter output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
    private readonly TextWriter error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };

    /// <inheritdoc />
    public void TestStarted(ITest test)
    {
        if (!ReferenceEquals(Console.Out, output))
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
    }

    /// <inheritdoc />
    public void TestFinished(ITestResult result)
    {
    }

    /// <inheritdoc />
    public void TestOutput(TestOutput output)
    {
    }

    /// <inheritdoc />
    public void SendMessage(TestMessage message)
    {
    }
}
