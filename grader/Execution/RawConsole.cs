using System.Text;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// Sends the console output of learner code to the worker's real stdout and stderr, where the
/// supervisor counts it against the output cap, and keeps the first <see cref="KeptPerTest"/>
/// characters of each test's output to report with that test. NUnit would otherwise capture
/// Console.Out into each test's result in memory, whole, so a flood would grow the worker's heap
/// instead of tripping the cap. NUnit installs its capture when the run starts; as a listener,
/// this puts its own writers back as each test starts, after NUnit has set up.
/// </summary>
public sealed class RawConsole : ITestListener
{
    /// <summary>How much of one test's console output is kept for its result; the rest still goes to stdout, and counts against the cap.</summary>
    public const int KeptPerTest = 2000;

    private readonly Lock gate = new();
    private readonly Dictionary<string, StringBuilder> kept = [];
    private readonly TextWriter output;
    private readonly TextWriter error;

    /// <summary>A console over the process's real standard output and error.</summary>
    public RawConsole()
    {
        output = new Tee(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true }, this);
        error = new Tee(new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true }, this);
    }

    /// <summary>What the test with this NUnit id wrote to the console, up to <see cref="KeptPerTest"/> characters; empty when nothing.</summary>
    public string OutputOf(string testId)
    {
        lock (gate)
        {
            return kept.TryGetValue(testId, out var text) ? text.ToString() : string.Empty;
        }
    }

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

    // Listener events may arrive after the test's own writes (NUnit can queue them), so the test a
    // write belongs to is the one running on the writing thread: NUnit's execution context flows
    // into the threads and tasks a test starts.
    private void Keep(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || TestExecutionContext.CurrentContext.CurrentTest is not { IsSuite: false } test)
        {
            return;
        }

        lock (gate)
        {
            if (!kept.TryGetValue(test.Id, out var builder))
            {
                kept[test.Id] = builder = new StringBuilder();
            }

            var room = KeptPerTest - builder.Length;
            if (room > 0)
            {
                builder.Append(text[..Math.Min(room, text.Length)]);
            }
        }
    }

    // Everything goes on to the real stream; the first characters of each test are kept too.
    private sealed class Tee(TextWriter inner, RawConsole owner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            owner.Keep([value]);
            inner.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            owner.Keep(buffer.AsSpan(index, count));
            inner.Write(buffer, index, count);
        }

        public override void Write(string? value)
        {
            owner.Keep(value);
            inner.Write(value);
        }

        public override void Flush() => inner.Flush();
    }
}
