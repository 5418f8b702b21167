using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.CompileServer;

/// <summary>
/// Compiles untrusted katas the way <see cref="KataCompiler.CompileSteps"/> does, but in a compile
/// server process with a time budget and a memory cap. A kata whose compile passes its budget, or
/// kills its server (a stack overflow in the compiler), gets one compile error at the learner's
/// file, "too complex to compile", within the budget; a fresh server takes the next kata, so one
/// submission never stops or stalls the others. A server that stalls or dies with no sign of the
/// source's doing gets the kata again on another server.
/// </summary>
public sealed class IsolatedCompiler
{
    /// <summary>The diagnostic id of a kata the compiler could not finish.</summary>
    public const string TooComplexId = "NK0001";

    private const string MachineCause = "machine";

    private readonly string setup;

    /// <summary>A compiler for a course whose library (the given code and the test support) is <paramref name="librarySources"/>.</summary>
    public IsolatedCompiler(IReadOnlyList<SourceFile> librarySources)
    {
        setup = CompileWire.Write(new CompileServerSetup(librarySources));
    }

    /// <summary>True when <paramref name="compiled"/> is the error of a compile that was stopped.</summary>
    public static bool IsTooComplex(CompiledKata compiled) => compiled.Errors.Any(e => e.Id == TooComplexId);

    /// <summary>Starts a compile server warming up, so the first kata does not wait for it.</summary>
    public void Prewarm(CompileLimits limits) => CompileServerPool.For(setup, limits).Prewarm();

    /// <summary>
    /// Everything a compile of these sources depends on besides the grader's own build, as one
    /// text: the course library and the request. Equal texts compile to equal katas.
    /// </summary>
    public string Fingerprint(string assemblyName, IReadOnlyList<LearnerStep> steps, IReadOnlyList<SourceFile> tests) =>
        setup + "\n" + CompileWire.Write(new CompileRequest(assemblyName, steps, tests));

    /// <summary>Compiles one kata whose steps may be in C# or F#, within <paramref name="limits"/>.</summary>
    public CompiledKata CompileSteps(string assemblyName, IReadOnlyList<LearnerStep> steps, IReadOnlyList<SourceFile> tests, CompileLimits limits)
    {
        var request = CompileWire.Write(new CompileRequest(assemblyName, steps, tests));

        // A server that stalls or dies without a report did not do so because of the source: a
        // starved or killed process on a loaded machine looks the same. Such a kata gets a second
        // server before anything is said about it; only what the source did is reported.
        var pool = CompileServerPool.For(setup, limits);
        var attempt = pool.Use(server => Attempt(server, request, steps, limits));
        if (attempt.Compiled is null && attempt.Cause == MachineCause)
        {
            attempt = pool.Use(server => Attempt(server, request, steps, limits));
        }

        return attempt.Compiled ?? TooComplex(steps, attempt.Cause, limits);
    }

    private static ((CompiledKata? Compiled, string Cause) Result, bool Healthy) Attempt(
        CompileServerProcess server, string request, IReadOnlyList<LearnerStep> steps, CompileLimits limits)
    {
        var usesFSharp = steps.Any(step => step.Language == KataLanguage.FSharp);
        var budget = limits.TimePerKata + (usesFSharp && !server.FSharpWarm ? limits.FSharpWarmUp : TimeSpan.Zero);
        var (answer, end) = server.Exchange(request, budget);
        if (answer?.Kata is { } compiled)
        {
            server.FSharpWarm |= usesFSharp;
            return ((compiled, ""), true);
        }

        return ((null, Blame(end, answer?.Failure, end == ExchangeEnd.Answered ? "" : server.Stop())), false);
    }

    /// <summary>
    /// Why a compile gave no kata: the failure the server caught, a stack overflow or running out
    /// of memory reported as it died, passing its CPU budget, or <see cref="MachineCause"/> when
    /// nothing says the source did it.
    /// </summary>
    internal static string Blame(ExchangeEnd end, string? failure, string errorTail) => end switch
    {
        ExchangeEnd.Answered => failure ?? MachineCause,
        ExchangeEnd.OverBudget => "time",
        ExchangeEnd.Died when errorTail.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) => nameof(StackOverflowException),
        ExchangeEnd.Died when errorTail.Contains("OutOfMemory", StringComparison.Ordinal) => nameof(OutOfMemoryException),
        _ => MachineCause,
    };

    private static CompiledKata TooComplex(IReadOnlyList<LearnerStep> steps, string cause, CompileLimits limits)
    {
        var file = steps.LastOrDefault(step => step.Files.Count > 0)?.Files[0].DisplayPath ?? "(no file)";
        var why = cause switch
        {
            MachineCause => null,
            nameof(StackOverflowException) or nameof(InsufficientExecutionStackException) => "the compiler ran out of stack on it",
            nameof(OutOfMemoryException) => "the compiler ran out of memory on it",
            _ => $"the compiler was still busy after {limits.TimePerKata.TotalSeconds:0.#} s of work",
        };
        var message = why is null
            ? "The compiler stopped on this kata twice without an error of its own, which a heavily loaded machine can do: grade it again."
            : $"This code is too complex to compile: {why}. Very deeply nested expressions, very long literals "
                + "and lambdas nested inside calls to overloaded methods do this; write it as smaller pieces.";
        return new CompiledKata(null, [new CompileDiagnostic(file, 1, 1, TooComplexId, message)], []);
    }
}
