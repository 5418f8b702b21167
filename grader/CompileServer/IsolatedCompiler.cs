using NeuralKatas.Grader.Cache;
using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.CompileServer;

/// <summary>
/// Compiles untrusted katas the way <see cref="KataCompiler.CompileSteps"/> does, but in a compile
/// server process with a time budget and a memory cap. A kata whose compile passes its budget, or
/// kills its server (a stack overflow in the compiler), gets one compile error at the learner's
/// file, "too complex to compile", within the budget; a fresh server takes the next kata, so one
/// submission never stops or stalls the others.
/// </summary>
public sealed class IsolatedCompiler
{
    /// <summary>The diagnostic id of a kata the compiler could not finish.</summary>
    public const string TooComplexId = "NK0001";

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
    /// Compiles one kata whose steps may be in C# or F#, within <paramref name="limits"/>; with a
    /// <paramref name="cache"/>, a kata compiled before from the same sources comes from it.
    /// </summary>
    public CompiledKata CompileSteps(string assemblyName, IReadOnlyList<LearnerStep> steps, IReadOnlyList<SourceFile> tests, CompileLimits limits, GradeCache? cache = null)
    {
        var request = CompileWire.Write(new CompileRequest(assemblyName, steps, tests));
        var key = GradeCache.Key("compiled", setup, request);
        if (cache?.Read<CompiledKata>(key) is { } stored)
        {
            return stored;
        }

        var usesFSharp = steps.Any(step => step.Language == KataLanguage.FSharp);
        return CompileServerPool.For(setup, limits).Use(server =>
        {
            var budget = limits.TimePerKata + (usesFSharp && !server.FSharpWarm ? limits.FSharpWarmUp : TimeSpan.Zero);
            var answer = server.Exchange(request, budget);
            if (answer?.Kata is { } compiled)
            {
                server.FSharpWarm |= usesFSharp;

                // "Too complex" depends on the machine's load, so only a finished compile is kept.
                cache?.Write(key, compiled);
                return (compiled, true);
            }

            return (TooComplex(steps, answer?.Failure ?? Cause(server), limits), false);
        });
    }

    private static string Cause(CompileServerProcess server)
    {
        var tail = server.Stop();
        return tail.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? nameof(StackOverflowException)
            : tail.Contains("OutOfMemory", StringComparison.Ordinal) ? nameof(OutOfMemoryException)
            : "time";
    }

    private static CompiledKata TooComplex(IReadOnlyList<LearnerStep> steps, string cause, CompileLimits limits)
    {
        var file = steps.LastOrDefault(step => step.Files.Count > 0)?.Files[0].DisplayPath ?? "(no file)";
        var why = cause switch
        {
            nameof(StackOverflowException) or nameof(InsufficientExecutionStackException) => "the compiler ran out of stack on it",
            nameof(OutOfMemoryException) => "the compiler ran out of memory on it",
            _ => $"the compiler was still busy after {limits.TimePerKata.TotalSeconds:0.#} s of work",
        };
        var message = $"This code is too complex to compile: {why}. Very deeply nested expressions, very long literals "
            + "and lambdas nested inside calls to overloaded methods do this; write it as smaller pieces.";
        return new CompiledKata(null, [new CompileDiagnostic(file, 1, 1, TooComplexId, message)], []);
    }
}
