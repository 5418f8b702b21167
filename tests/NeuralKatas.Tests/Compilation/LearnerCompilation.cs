using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Tests.Compilation;

/// <summary>
/// Learner code compiled the way the grader compiles a kata (its own assembly beside the given
/// library, through the compile gate), with no tests: what comes back is what the learner would
/// see as compile errors.
/// </summary>
public static class LearnerCompilation
{
    private static readonly Lazy<KataCompiler> Compiler = new(() => new KataCompiler(CourseSources.Library(RepositoryRoot.Course)));

    /// <summary>The errors of one C# learner file holding <paramref name="code"/>.</summary>
    public static IReadOnlyList<CompileDiagnostic> Check(string code, string displayPath = "katas/01-sigmoid/Activation.cs") =>
        Check([new SourceFile(displayPath, code)]);

    /// <summary>The errors of these C# learner files, compiled together.</summary>
    public static IReadOnlyList<CompileDiagnostic> Check(IReadOnlyList<SourceFile> learnerFiles) =>
        Compile(new LearnerStep(KataLanguage.CSharp, learnerFiles));

    /// <summary>The errors of one F# learner file holding <paramref name="code"/>.</summary>
    public static IReadOnlyList<CompileDiagnostic> CheckFSharp(string code, string displayPath = "katas/01-sigmoid/fsharp/Activation.fs") =>
        Compile(new LearnerStep(KataLanguage.FSharp, [new SourceFile(displayPath, code)]));

    /// <summary>The errors of learner steps compiled as a kata with no tests.</summary>
    public static IReadOnlyList<CompileDiagnostic> Compile(params LearnerStep[] steps) =>
        Compiler.Value.CompileSteps("Gate", steps, []).Errors;

    /// <summary>Only the compile gate's own errors (NK...).</summary>
    public static IReadOnlyList<CompileDiagnostic> Refusals(IEnumerable<CompileDiagnostic> errors) =>
        [.. errors.Where(error => error.Id.StartsWith("NK", StringComparison.Ordinal))];

    /// <summary>A readable list of errors for an assertion message.</summary>
    public static string Describe(IEnumerable<CompileDiagnostic> errors) => string.Join(Environment.NewLine, errors);
}
