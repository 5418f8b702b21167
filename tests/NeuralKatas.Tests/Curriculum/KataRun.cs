using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Tests.Curriculum;

/// <summary>
/// Compiles and runs one kata's tests in memory, the way the grader does, against learner
/// files taken from a folder laid out like katas/ (the shipped stubs, solutions/, or a mutant).
/// </summary>
public static class KataRun
{
    private static readonly Lazy<KataCompiler> Compiler = new(() => new KataCompiler(CourseSources.Library(RepositoryRoot.Course)));

    /// <summary>The kata's test results, or its compile errors, with every step's learner files in C#.</summary>
    public static (IReadOnlyList<TestOutcome> Outcomes, IReadOnlyList<CompileDiagnostic> Errors) Run(KataDefinition kata, string learnerRoot) =>
        Run(kata, learnerRoot, KataLanguage.CSharp);

    /// <summary>The kata's test results, or its compile errors, with every step's learner files in <paramref name="language"/>.</summary>
    public static (IReadOnlyList<TestOutcome> Outcomes, IReadOnlyList<CompileDiagnostic> Errors) Run(KataDefinition kata, string learnerRoot, KataLanguage language)
    {
        var course = RepositoryRoot.Course;
        var steps = course.Manifest.UpTo(kata).Select(step => new LearnerStep(language, CourseSources.StepFiles(step, learnerRoot, language))).ToList();
        var compiled = Compiler.Value.CompileSteps($"Kata.{kata.Id}", steps, CourseSources.Tests(course, kata));
        return compiled.Succeeded
            ? (InProcessTestRunner.Run(compiled, course.SnapshotDirectory(kata)), compiled.Errors)
            : ([], compiled.Errors);
    }

    /// <summary>Each kata of the manifest, named by its id, for TestCaseSource.</summary>
    public static IEnumerable<TestCaseData> EachKata() =>
        RepositoryRoot.Course.Manifest.Katas.Select(kata => new TestCaseData(kata.Id).SetArgDisplayNames(kata.Id));

    /// <summary>A readable list of outcomes for an assertion message.</summary>
    public static string Describe(IEnumerable<TestOutcome> outcomes) =>
        string.Join(Environment.NewLine, outcomes.Select(o => $"  {o.Status} {o.Name}: {o.Message}"));
}
