using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Tests.Compilation;

/// <summary>
/// A kata's tests see only the declarations of the learner's code: compiled once, they are used
/// again for an edit inside a method, and compiled again (with the errors that brings) for an edit
/// that changes what the tests can see.
/// </summary>
[TestFixture]
public sealed class TestReuseTests
{
    private static readonly KataDefinition Sigmoid = RepositoryRoot.Course.Manifest.Find("01-sigmoid");

    [Test]
    public void An_edit_inside_a_method_reuses_the_compiled_tests_and_runs_the_new_code()
    {
        var compiler = new KataCompiler(CourseSources.Library(RepositoryRoot.Course));
        var solution = File.ReadAllText(Path.Combine(RepositoryRoot.Course.SolutionsDirectory, "01-sigmoid", "Activation.cs"));
        var edited = solution.Replace("return 1.0 / (1.0 + Math.Exp(-z));", "return 1.0 / (1.0 + Math.Exp(z));", StringComparison.Ordinal);
        Assert.That(edited, Is.Not.EqualTo(solution), "the edit applies");

        var first = Compile(compiler, solution);
        var second = Compile(compiler, edited);

        Assert.That(first.Succeeded && second.Succeeded, Is.True, LearnerCompilation.Describe([.. first.Errors, .. second.Errors]));
        Assert.That(second.Image, Is.SameAs(first.Image), "the tests' assembly is the one compiled before");
        Assert.That(second.Dependencies.Select(d => d.Image), Is.Not.EqualTo(first.Dependencies.Select(d => d.Image)), "the learner's assembly is the new one");
    }

    [Test]
    public void An_edit_to_a_declaration_compiles_the_tests_again_with_its_errors()
    {
        var compiler = new KataCompiler(CourseSources.Library(RepositoryRoot.Course));
        var solution = File.ReadAllText(Path.Combine(RepositoryRoot.Course.SolutionsDirectory, "01-sigmoid", "Activation.cs"));
        var renamed = solution.Replace("public static double SigmoidDerivative(double z)", "public static double SigmoidSlope(double z)", StringComparison.Ordinal);
        var optional = solution.Replace("public static double SigmoidDerivative(double z)", "public static double SigmoidDerivative(double z, double scale = 1.0)", StringComparison.Ordinal);
        var added = solution.Replace("public static double SigmoidDerivative(double z)", "public static double Tanh(double z) => Math.Tanh(z);\n\n    public static double SigmoidDerivative(double z)", StringComparison.Ordinal);

        var first = Compile(compiler, solution);
        var afterRename = Compile(compiler, renamed);
        var afterOptional = Compile(compiler, optional);
        var afterAdding = Compile(compiler, added);

        Assert.That(first.Succeeded, Is.True, LearnerCompilation.Describe(first.Errors));
        Assert.That(afterRename.Errors.Select(e => e.Id), Does.Contain("CS0117"), "the tests call a method that is gone: " + LearnerCompilation.Describe(afterRename.Errors));
        Assert.That(afterOptional.Errors.Select(e => e.Id), Does.Contain("CS1503"), "a method group no longer fits Func<double, double>: " + LearnerCompilation.Describe(afterOptional.Errors));
        Assert.That(afterAdding.Succeeded, Is.True, LearnerCompilation.Describe(afterAdding.Errors));
        Assert.That(afterAdding.Image, Is.Not.SameAs(first.Image), "a new declaration, tests compiled again");
    }

    private static CompiledKata Compile(KataCompiler compiler, string activation) =>
        compiler.CompileSteps(
            "Kata.01-sigmoid",
            [new LearnerStep(KataLanguage.CSharp, [new SourceFile("katas/01-sigmoid/Activation.cs", activation)])],
            CourseSources.Tests(RepositoryRoot.Course, Sigmoid));
}
