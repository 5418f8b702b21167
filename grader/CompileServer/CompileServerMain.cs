using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.CompileServer;

/// <summary>
/// The compile server process (`compile-server` verb): a warm Roslyn and F# compiler in a child
/// process the grader can kill. It reads the course library, warms up, says it is ready, then
/// answers one request per line. Sources exist that overflow a compiler's stack, exhaust its
/// memory or keep it busy for hours; here they can only cost this process, which the grader
/// replaces (see <see cref="IsolatedCompiler"/>).
/// </summary>
public static class CompileServerMain
{
    // Ordinary deeply nested code (long method chains, big initialisers) needs more than a
    // thread pool thread's stack in Roslyn's recursive parser and binder; hostile nesting still
    // overflows this one, and that kills only the server.
    private const int CompileStackBytes = 64 << 20;

    /// <summary>Serves requests from standard input until it closes, then exits at once, even in the middle of a compile.</summary>
    public static int Run()
    {
        using var protocol = new StreamWriter(Console.OpenStandardOutput(), CompileWire.Encoding) { AutoFlush = true };

        // Only protocol lines may reach standard output; anything a compiler prints goes to standard error.
        Console.SetOut(Console.Error);
        using var input = new StreamReader(Console.OpenStandardInput(), CompileWire.Encoding);
        if (input.ReadLine() is not { } setupLine)
        {
            return 0;
        }

        var compiler = new KataCompiler(CompileWire.Read<CompileServerSetup>(setupLine).Library);
        OnLargeStack(() => WarmUp(compiler)).Join();
        protocol.WriteLine(CompileWire.Ready);

        var gate = new Lock();
        while (input.ReadLine() is { } line)
        {
            var request = CompileWire.Read<CompileRequest>(line);
            OnLargeStack(() =>
            {
                var response = Compile(compiler, request);
                lock (gate)
                {
                    protocol.WriteLine(CompileWire.Write(response));
                }
            });
        }

        // The grader closed our input or died: a compile still running is nobody's any more.
        Environment.Exit(0);
        return 0;
    }

    private static CompileResponse Compile(KataCompiler compiler, CompileRequest request)
    {
        try
        {
            return new CompileResponse(compiler.CompileSteps(request.AssemblyName, request.Steps, request.Tests), null);
        }
        catch (Exception error) when (error is OutOfMemoryException or InsufficientExecutionStackException)
        {
            return new CompileResponse(null, error.GetType().Name);
        }
    }

    // One small compile loads and JIT-compiles Roslyn and compiles the course library, so the
    // first real request is as quick as every later one.
    private static void WarmUp(KataCompiler compiler) =>
        compiler.CompileSteps(
            "NeuralKatas.WarmUp",
            [new LearnerStep(KataLanguage.CSharp, [new SourceFile("WarmUp.cs", "namespace NeuralKatas.WarmUp;\n\npublic static class Nothing\n{\n    public static int One() => 1;\n}\n")])],
            []);

    private static Thread OnLargeStack(Action work)
    {
        var thread = new Thread(() => work(), CompileStackBytes) { IsBackground = true, Name = "compile" };
        thread.Start();
        return thread;
    }
}
