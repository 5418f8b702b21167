using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Tests.Compilation;

[TestFixture]
public sealed class ForbiddenApiCheckTests
{
    // Each case is one line of learner code, placed at line 7 of a kata file, and the rule it breaks.
    private static readonly TestCaseData[] ForbiddenLines =
    [
        Case("NK0001", "System.IO.File", "var text = File.ReadAllText(\"answers.txt\");"),
        Case("NK0001", "System.IO.File", "var found = System.IO.File.Exists(\"/tmp/x\");"),
        Case("NK0001", "System.IO.Directory", "global::System.IO.Directory.CreateDirectory(\"x\");"),
        Case("NK0002", "System.Diagnostics.Process", "System.Diagnostics.Process.Start(\"sh\");"),
        Case("NK0003", "System.Type.GetMethod", "var method = typeof(Matrix).GetMethod(\"Multiply\");"),
        Case("NK0003", "System.Activator", "var made = Activator.CreateInstance(typeof(Matrix));"),
        Case("NK0003", "System.Reflection.Assembly", "var here = System.Reflection.Assembly.GetExecutingAssembly();"),
        Case("NK0003", "dynamic", "dynamic late = z;"),
        Case("NK0003", "System.Type.GetType", "var type = Type.GetType(\"NeuralKatas.Matrix\");"),
        Case("NK0003", "System.Delegate.DynamicInvoke", "Func<double> f = () => z; f.DynamicInvoke();"),
        Case("NK0005", "System.Runtime.CompilerServices.Unsafe", "ref var same = ref System.Runtime.CompilerServices.Unsafe.AsRef(in z);"),
        Case("NK0004", "System.Runtime.InteropServices.Marshal", "var memory = System.Runtime.InteropServices.Marshal.AllocHGlobal(8);"),
        Case("NK0006", "System.Net.Http.HttpClient", "using var client = new System.Net.Http.HttpClient();"),
        Case("NK0007", "System.Runtime.Loader.AssemblyLoadContext", "var context = System.Runtime.Loader.AssemblyLoadContext.Default;"),
        Case("NK0008", "System.Environment.Exit", "Environment.Exit(0);"),
        Case("NK0008", "System.Environment.FailFast", "Environment.FailFast(\"done\");"),
        Case("NK0008", "System.Environment.SetEnvironmentVariable", "Environment.SetEnvironmentVariable(\"SEED\", \"1\");"),
        Case("NK0009", "System.Threading.Thread", "new Thread(() => { }).Start();"),
        Case("NK0010", "NeuralKatas.Testing.ReferenceValues", "return NeuralKatas.Testing.ReferenceValues.Sigmoid[z];"),
    ];

    [TestCaseSource(nameof(ForbiddenLines))]
    public void A_forbidden_use_is_reported_at_the_learners_file_and_line(string id, string subject, string line)
    {
        var findings = LearnerCompilation.Check(InKata(line));

        Assert.That(findings, Has.Count.EqualTo(1), Describe(findings));
        Assert.That(findings[0].File, Is.EqualTo("katas/01-sigmoid/Activation.cs"));
        Assert.That(findings[0].Line, Is.EqualTo(7));
        Assert.That(findings[0].Id, Is.EqualTo(id));
        Assert.That(findings[0].Message, Does.StartWith(subject + " "));
    }

    [Test]
    public void The_finding_names_what_was_used_and_why_a_kata_does_not_need_it()
    {
        var finding = LearnerCompilation.Check(InKata("var text = File.ReadAllText(\"answers.txt\");")).Single();

        Assert.That(finding.ToString(), Is.EqualTo(
            "katas/01-sigmoid/Activation.cs(7,20): error NK0001: System.IO.File is file system access; a kata's code only computes with the Matrix it is given."));
    }

    [Test]
    public void A_use_that_does_not_compile_is_still_caught()
    {
        var findings = LearnerCompilation.Check(InKata("var text = File.ReadAllText(42, 43, 44);"));

        Assert.That(findings.Select(f => (f.Line, f.Id)), Is.EqualTo(new[] { (7, "NK0001") }));
    }

    [Test]
    public void A_type_reached_through_an_alias_is_caught()
    {
        var findings = LearnerCompilation.Check("""
            using Disk = System.IO.File;

            namespace NeuralKatas;

            public static class Activation
            {
                public static bool Cheat() => Disk.Exists("answers.txt");
            }
            """);

        Assert.That(findings.Select(f => (f.Line, f.Id)), Is.EqualTo(new[] { (7, "NK0001") }));
    }

    [Test]
    public void A_member_reached_through_using_static_is_caught()
    {
        var findings = LearnerCompilation.Check("""
            using static System.Environment;

            namespace NeuralKatas;

            public static class Activation
            {
                public static void Quit() => Exit(0);
            }
            """);

        Assert.That(findings.Select(f => (f.Line, f.Id)), Is.EqualTo(new[] { (7, "NK0008") }));
    }

    [Test]
    public void Interop_attributes_function_pointers_and_extern_methods_are_caught()
    {
        var findings = LearnerCompilation.Check("""
            using System.Runtime.InteropServices;

            namespace NeuralKatas;

            public static class Activation
            {
                [DllImport("libm")]
                private static extern double exp(double z);

                public static double Call(delegate*<double, double> f) => f(1);
            }
            """);

        Assert.That(findings.Select(f => (f.Line, f.Id)), Is.EqualTo(new[] { (7, "NK0004"), (8, "NK0004"), (10, "NK0004") }));
    }

    [Test]
    public void Unsafe_code_is_caught_and_stackalloc_into_a_span_is_not()
    {
        var findings = LearnerCompilation.Check("""
            namespace NeuralKatas;

            public static class Activation
            {
                public static double Sum(double[] values)
                {
                    Span<double> scratch = stackalloc double[4];
                    unsafe
                    {
                        fixed (double* first = values)
                        {
                            return *first + scratch[0];
                        }
                    }
                }
            }
            """);

        Assert.That(findings.Select(f => (f.Line, f.Id)), Is.EqualTo(new[] { (8, "NK0005"), (10, "NK0005") }));
    }

    [Test]
    public void A_using_directive_alone_and_the_learners_own_type_named_File_are_not_findings()
    {
        var findings = LearnerCompilation.Check("""
            using System.IO;
            using System.Reflection;

            namespace NeuralKatas;

            public static class File
            {
                public static double ReadAllText(double z) => z;
            }

            public static class Activation
            {
                public static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-File.ReadAllText(z))) + Environment.NewLine.Length * 0;
            }
            """);

        Assert.That(findings, Is.Empty, Describe(findings));
    }

    [Test]
    public void Several_uses_of_one_kind_on_a_line_are_reported_once()
    {
        var findings = LearnerCompilation.Check(InKata("File.Copy(File.ReadAllText(\"a\"), System.IO.Path.Combine(\"b\", \"c\"));"));

        Assert.That(findings.Select(f => (f.Line, f.Id)), Is.EqualTo(new[] { (7, "NK0001") }));
    }

    [TestCaseSource(typeof(Curriculum.KataRun), nameof(Curriculum.KataRun.EachKata))]
    public void The_reference_solution_has_no_findings(string kataId) =>
        AssertNoFindings(kataId, RepositoryRoot.Course.SolutionsDirectory);

    [TestCaseSource(typeof(Curriculum.KataRun), nameof(Curriculum.KataRun.EachKata))]
    public void The_shipped_stub_has_no_findings(string kataId) =>
        AssertNoFindings(kataId, RepositoryRoot.Course.KatasDirectory);

    private static void AssertNoFindings(string kataId, string learnerRoot)
    {
        var course = RepositoryRoot.Course;
        var learnerFiles = Grader.Course.CourseSources.Learner(course, course.Manifest.Find(kataId), _ => learnerRoot);

        var findings = LearnerCompilation.Check(learnerFiles);

        Assert.That(findings, Is.Empty, Describe(findings));
    }

    private static TestCaseData Case(string id, string subject, string line) =>
        new TestCaseData(id, subject, line).SetArgDisplayNames(id, subject);

    // Puts one statement at line 7 of an otherwise harmless kata file.
    private static string InKata(string line) => $$"""
        namespace NeuralKatas;

        public static class Activation
        {
            public static double Sigmoid(double z)
            {
                {{line}}
                return z;
            }
        }
        """;

    private static string Describe(IEnumerable<CompileDiagnostic> findings) =>
        string.Join(Environment.NewLine, findings.Select(f => f.ToString()));
}
