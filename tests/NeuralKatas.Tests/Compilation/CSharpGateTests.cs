namespace NeuralKatas.Tests.Compilation;

/// <summary>The C# compile gate refuses every API a kata has no business with, at the learner's line.</summary>
[TestFixture]
public sealed class CSharpGateTests
{
    // Each case is one line of learner code, placed at line 7 of a kata file, and a word its error must hold.
    private static readonly TestCaseData[] RefusedLines =
    [
        Case("reflection", "System.Type", "var field = typeof(Matrix).GetField(\"values\", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);"),
        Case("reflection reading a private field", "System.Reflection", "var value = ((System.Reflection.FieldInfo)null!).GetValue(null);"),
        Case("GetType", "System.Object.GetType", "var type = z.GetType();"),
        Case("GetType().Assembly", "System.Object.GetType", "var assembly = \"x\".GetType().Assembly;"),
        Case("a typeof member", "System.Type", "var name = typeof(Matrix).Name;"),
        Case("Type.GetType", "System.Type", "var type = Type.GetType(\"NeuralKatas.Matrix\");"),
        Case("Activator", "System.Activator", "var made = Activator.CreateInstance(typeof(object));"),
        Case("assembly loading", "System.Reflection.Assembly", "var loaded = System.Reflection.Assembly.Load(\"NeuralKatas.TestSupport\");"),
        Case("AssemblyLoadContext", "System.Runtime.Loader.AssemblyLoadContext", "var context = System.Runtime.Loader.AssemblyLoadContext.Default;"),
        Case("AppDomain", "System.AppDomain", "var domain = AppDomain.CurrentDomain;"),
        Case("Delegate.DynamicInvoke", "System.Delegate", "Func<double> f = () => z; f.DynamicInvoke();"),
        Case("a delegate's Method", "System.Delegate", "Func<double> f = () => z; var method = f.Method;"),
        Case("Exception.TargetSite", "System.Exception.TargetSite", "var site = new Exception().TargetSite;"),
        Case("interop", "System.Runtime.InteropServices.Marshal", "var memory = System.Runtime.InteropServices.Marshal.AllocHGlobal(8);"),
        Case("the Unsafe class", "System.Runtime.CompilerServices.Unsafe", "ref var same = ref System.Runtime.CompilerServices.Unsafe.AsRef(in z);"),
        Case("dynamic", "dynamic", "dynamic late = z;"),
        Case("a thread", "System.Threading.Thread", "new Thread(() => { }).Start();"),
        Case("the thread pool", "System.Threading.ThreadPool", "ThreadPool.QueueUserWorkItem(_ => { });"),
        Case("a task", "System.Threading.Tasks.Task", "Task.Run(() => z).Wait();"),
        Case("Parallel", "System.Threading.Tasks.Parallel", "Parallel.For(0, 2, i => { });"),
        Case("a timer", "System.Threading.Timer", "using var timer = new Timer(_ => { });"),
        Case("AsParallel", "ParallelEnumerable.AsParallel", "var sum = new[] { z }.AsParallel().Sum();"),
        Case("Queryable", "System.Linq", "var query = new[] { z }.AsQueryable();"),
        Case("an expression tree", "System.Linq.Expressions", "System.Linq.Expressions.Expression<Func<double>> tree = () => z;"),
        Case("a file", "System.IO.File", "File.WriteAllText(\"answers.txt\", \"1\");"),
        Case("a file through a fully qualified name", "System.IO.Directory", "global::System.IO.Directory.CreateDirectory(\"x\");"),
        Case("a process", "System.Diagnostics.Process", "System.Diagnostics.Process.Start(\"sh\");"),
        Case("the network", "System.Net.Http.HttpClient", "using var client = new HttpClient();"),
        Case("a socket", "System.Net.Sockets.TcpClient", "using var client = new System.Net.Sockets.TcpClient();"),
        Case("Environment.Exit", "System.Environment.Exit", "Environment.Exit(0);"),
        Case("Environment.FailFast", "System.Environment.FailFast", "Environment.FailFast(\"done\");"),
        Case("an environment variable", "System.Environment.GetEnvironmentVariable", "var home = Environment.GetEnvironmentVariable(\"HOME\");"),
        Case("GC", "System.GC", "GC.Collect();"),
        Case("Console.SetOut", "System.Console.SetOut", "Console.SetOut(TextWriter.Null);"),
        Case("Console.OpenStandardOutput", "System.Console.OpenStandardOutput", "var stream = Console.OpenStandardOutput();"),
        Case("Console.Out", "System.Console.Out", "var writer = Console.Out;"),
        Case("Console.In", "System.Console.In", "var reader = Console.In;"),
        Case("System.Random", "GaussianGenerator", "var random = new Random(1);"),
        Case("Lazy", "System.Lazy", "var later = new Lazy<double>(() => z);"),
        Case("a generic type argument", "System.Threading.Tasks.Task", "var pending = new List<Task>();"),
        Case("a lock", "lock", "lock (new object()) { }"),
    ];

    [TestCaseSource(nameof(RefusedLines))]
    public void A_refused_API_is_a_compile_error_at_the_learners_line(string what, string word, string line)
    {
        var errors = LearnerCompilation.Check(InKata(line));

        var refusals = LearnerCompilation.Refusals(errors);
        Assert.That(refusals, Is.Not.Empty, $"{what}: {LearnerCompilation.Describe(errors)}");
        Assert.That(refusals.Select(r => (r.File, r.Line)), Is.All.EqualTo(("katas/01-sigmoid/Activation.cs", 7)), LearnerCompilation.Describe(errors));
        Assert.That(refusals.Select(r => r.Message), Has.Some.Contain(word));
    }

    [Test]
    public void The_error_says_what_is_not_allowed_and_what_to_use_instead()
    {
        var refusal = LearnerCompilation.Refusals(LearnerCompilation.Check(InKata("var text = File.ReadAllText(\"answers.txt\");"))).First();

        Assert.That(refusal.ToString(), Is.EqualTo(
            "katas/01-sigmoid/Activation.cs(7,20): error NK0001: System.IO.File.ReadAllText is not allowed in kata code: a kata reads and writes no files: compute with the Matrix you are given and return the result."));
    }

    [Test]
    public void A_type_reached_through_an_alias_or_using_static_is_refused()
    {
        var errors = LearnerCompilation.Check("""
            using Disk = System.IO.File;
            using static System.Environment;

            namespace NeuralKatas;

            public static class Activation
            {
                public static bool Cheat() => Disk.Exists("answers.txt");

                public static void Quit() => Exit(0);
            }
            """);

        Assert.That(LearnerCompilation.Refusals(errors).Select(r => r.Line).Distinct(), Is.EqualTo(new[] { 8, 10 }), LearnerCompilation.Describe(errors));
    }

    [Test]
    public void The_tests_framework_and_support_are_not_even_referenced()
    {
        var errors = LearnerCompilation.Check(InKata("NUnit.Framework.Assert.Pass(); return NeuralKatas.Testing.ReferenceNetwork.Sigmoid(z);"));

        Assert.That(errors.Select(e => e.Id), Does.Contain("CS0234"), LearnerCompilation.Describe(errors));
        Assert.That(errors.Select(e => e.Line), Is.All.EqualTo(7));
    }

    [Test]
    public void An_unqualified_Assert_does_not_compile_in_a_learner_file()
    {
        var errors = LearnerCompilation.Check(InKata("Assert.Pass();"));

        Assert.That(errors.Select(e => (e.Line, e.Id)), Does.Contain((7, "CS0103")), LearnerCompilation.Describe(errors));
    }

    private static TestCaseData Case(string what, string word, string line) =>
        new TestCaseData(what, word, line).SetArgDisplayNames(what);

    // Puts one statement at line 7 of an otherwise harmless kata file.
    internal static string InKata(string line) => $$"""
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
}
