namespace NeuralKatas.Tests.Compilation;

/// <summary>The C# compile gate refuses language features and declarations that reach past a kata, and lets plain code through.</summary>
[TestFixture]
public sealed class CSharpGateFeatureTests
{
    [TestCase("[System.Runtime.CompilerServices.ModuleInitializer] public static void Forge() { }", "ModuleInitializer")]
    [TestCase("[Obsolete] public static void Old() { }", "Obsolete")]
    [TestCase("public static unsafe double Read(double* p) => *p;", "nsafe")]
    [TestCase("[System.Runtime.InteropServices.DllImport(\"libm\")] private static extern double exp(double z);", "extern")]
    [TestCase("public static double Call(delegate*<double, double> f) => f(1);", "unction pointer")]
    [TestCase("public static async System.Threading.Tasks.Task<double> Later() => await System.Threading.Tasks.Task.FromResult(1.0);", "async")]
    [TestCase("private static volatile bool stop;", "volatile")]
    public void A_refused_member_is_a_compile_error_at_its_line(string member, string word)
    {
        var errors = LearnerCompilation.Check(WithMember(member));

        var refusals = LearnerCompilation.Refusals(errors);
        Assert.That(refusals.Select(r => r.Line), Has.Some.EqualTo(5), LearnerCompilation.Describe(errors));
        Assert.That(refusals.Where(r => r.Line == 5).Select(r => r.Message), Has.Some.Contain(word));
    }

    [Test]
    public void A_finalizer_is_refused()
    {
        var errors = LearnerCompilation.Check("""
            namespace NeuralKatas;

            public sealed class Sneaky
            {
                ~Sneaky() { }
            }
            """);

        Assert.That(LearnerCompilation.Refusals(errors).Select(r => (r.Line, r.Id)), Does.Contain((5, "NK0003")), LearnerCompilation.Describe(errors));
    }

    [Test]
    public void An_assembly_attribute_is_refused()
    {
        var errors = LearnerCompilation.Check("""
            [assembly: System.Reflection.AssemblyMetadata("NeuralKatas.SnapshotDirectory", "/tmp")]

            namespace NeuralKatas;
            """);

        Assert.That(LearnerCompilation.Refusals(errors).Select(r => (r.Line, r.Id)), Does.Contain((1, "NK0003")), LearnerCompilation.Describe(errors));
    }

    [TestCase("namespace NeuralKatas.Testing;\n\npublic static class Lesson { }", 3, "Lesson")]
    [TestCase("namespace Elsewhere;\n\npublic static class Helper { }", 3, "namespace NeuralKatas")]
    [TestCase("public static class Helper { }", 1, "no namespace")]
    [TestCase("namespace NeuralKatas;\n\npublic sealed class Matrix { }", 3, "Matrix")]
    [TestCase("namespace NUnit.Framework;\n\npublic sealed class SuccessException : System.Exception { }", 3, "namespace NeuralKatas")]
    public void A_type_outside_the_kata_namespace_or_named_like_a_course_type_is_refused(string code, int line, string word)
    {
        var errors = LearnerCompilation.Check(code);

        var refusals = LearnerCompilation.Refusals(errors).Where(r => r.Id == "NK0002").ToList();
        Assert.That(refusals.Select(r => r.Line), Does.Contain(line), LearnerCompilation.Describe(errors));
        Assert.That(refusals.Select(r => r.Message), Has.Some.Contain(word));
    }

    [Test]
    public void Plain_kata_code_passes_the_gate()
    {
        var errors = LearnerCompilation.Check("""
            using System.Globalization;
            using System.Text;

            namespace NeuralKatas;

            public static class Activation
            {
                private sealed record Point(double X, double Y);

                private enum Side { Left, Right }

                public static double Sigmoid(double z)
                {
                    var values = new List<double> { z, -z };
                    var lookup = new Dictionary<string, double> { ["z"] = z };
                    var pair = (Low: Math.Min(z, 0), High: Math.Max(z, 0));
                    var (low, high) = pair;
                    double? maybe = values.Count > 1 ? values[^1] : null;
                    var text = new StringBuilder().Append(z.ToString("F2", CultureInfo.InvariantCulture)).Append($" {low} {high}").ToString();
                    foreach (var c in text)
                    {
                        _ = char.IsDigit(c);
                    }

                    foreach (var (key, value) in lookup)
                    {
                        _ = key.Length + value;
                    }

                    int[] numbers = [1, 2, 3];
                    var slice = numbers[1..];
                    var side = z < 0 ? Side.Left : Side.Right;
                    var point = new Point(z, 1) with { Y = 2 };
                    var total = values.Where(v => v > 0).Select(v => v * 2).Sum() + slice.Length + (maybe ?? 0) + point.Y + (side == Side.Left ? 1 : 0);
                    Func<double, double> square = v => v * v;
                    Console.WriteLine($"{z} {total} {square(z)} {string.Join(", ", values)}");
                    if (double.IsNaN(z))
                    {
                        throw new ArgumentOutOfRangeException(nameof(z), z, "not a number");
                    }

                    return 1.0 / (1.0 + Math.Exp(-z)) + 0 * total;
                }
            }
            """);

        Assert.That(errors, Is.Empty, LearnerCompilation.Describe(errors));
    }

    [TestCaseSource(typeof(Curriculum.KataRun), nameof(Curriculum.KataRun.EachKata))]
    public void The_reference_solution_passes_the_gate(string kataId) =>
        Assert.That(LearnerCompilation.Check(LearnerFiles(kataId, RepositoryRoot.Course.SolutionsDirectory)), Is.Empty);

    [TestCaseSource(typeof(Curriculum.KataRun), nameof(Curriculum.KataRun.EachKata))]
    public void The_shipped_stub_passes_the_gate(string kataId) =>
        Assert.That(LearnerCompilation.Check(LearnerFiles(kataId, RepositoryRoot.Course.KatasDirectory)), Is.Empty);

    private static IReadOnlyList<Grader.Compilation.SourceFile> LearnerFiles(string kataId, string root)
    {
        var course = RepositoryRoot.Course;
        return Grader.Course.CourseSources.Learner(course, course.Manifest.Find(kataId), _ => root);
    }

    // Puts one member at line 5 of an otherwise harmless kata file.
    private static string WithMember(string member) => $$"""
        namespace NeuralKatas;

        public static class Activation
        {
            {{member}}
        }
        """;
}
