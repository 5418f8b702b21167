using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Tests.Compilation;

/// <summary>The F# compile gate judges the F# compiler service's symbol uses against the same allow-list.</summary>
[TestFixture]
public sealed class FSharpGateTests
{
    // Each case is one expression of learner F#, placed at line 6 of a kata file, and a word its error must hold.
    private static readonly TestCaseData[] RefusedLines =
    [
        Case("reflection", "System.Type", "let field = typeof<Matrix>.GetField(\"values\", System.Reflection.BindingFlags.NonPublic)"),
        Case("GetType", "System.Object.GetType", "let kind = z.GetType()"),
        Case("GetType().Assembly", "System.Object.GetType", "let assembly = \"x\".GetType().Assembly"),
        Case("F# reflection", "Microsoft.FSharp.Reflection", "let fields = Microsoft.FSharp.Reflection.FSharpType.IsRecord(typeof<int>)"),
        Case("a file", "System.IO.File", "System.IO.File.WriteAllText(\"answers.txt\", \"1\")"),
        Case("a process", "System.Diagnostics.Process", "System.Diagnostics.Process.Start(\"sh\") |> ignore"),
        Case("a socket", "System.Net.Sockets.TcpClient", "let client = new System.Net.Sockets.TcpClient()"),
        Case("exit", "Microsoft.FSharp.Core.Operators.Exit", "exit 0"),
        Case("Environment.Exit", "System.Environment.Exit", "System.Environment.Exit 0"),
        Case("a thread", "System.Threading.Thread", "let thread = System.Threading.Thread(fun () -> ())"),
        Case("a task", "System.Threading.Tasks.Task", "System.Threading.Tasks.Task.Run(fun () -> z).Wait()"),
        Case("async", "DefaultAsyncBuilder", "let later = async { return z }"),
        Case("a mailbox", "Microsoft.FSharp.Control", "let agent = MailboxProcessor<int>.Start(fun inbox -> async { return () })"),
        Case("Array.Parallel", "Parallel", "let mapped = Array.Parallel.map id [| z |]"),
        Case("lazy", "Lazy", "let later = lazy (z + 1.0)"),
        Case("lock", "Lock", "lock (obj ()) (fun () -> ())"),
        Case("stdout", "Microsoft.FSharp.Core.Operators.ConsoleOut", "stdout.WriteLine \"x\""),
        Case("GC", "System.GC", "System.GC.Collect()"),
    ];

    [TestCaseSource(nameof(RefusedLines))]
    public void A_refused_API_is_a_compile_error_at_the_learners_line(string what, string word, string line)
    {
        var errors = LearnerCompilation.CheckFSharp(InKata(line));

        var refusals = LearnerCompilation.Refusals(errors);
        Assert.That(refusals, Is.Not.Empty, $"{what}: {LearnerCompilation.Describe(errors)}");
        Assert.That(refusals.Select(r => (r.File, r.Line)), Is.All.EqualTo(("katas/01-sigmoid/fsharp/Activation.fs", 6)), LearnerCompilation.Describe(errors));
        Assert.That(refusals.Select(r => r.Message), Has.Some.Contain(word), LearnerCompilation.Describe(errors));
    }

    [Test]
    public void NUnit_is_not_even_referenced_from_FSharp()
    {
        var errors = LearnerCompilation.CheckFSharp(InKata("raise (NUnit.Framework.SuccessException \"passed\")"));

        Assert.That(errors.Select(e => e.Line), Does.Contain(6), LearnerCompilation.Describe(errors));
        Assert.That(errors.Select(e => e.Id), Has.Some.StartWith("FS"));
    }

    [TestCase("[<System.Runtime.CompilerServices.ModuleInitializer>]\nlet forge () = ()", 3, "ModuleInitializer")]
    [TestCase("[<System.Obsolete>]\nlet old () = ()", 3, "Obsolete")]
    public void An_attribute_outside_the_short_list_is_refused(string declaration, int line, string word)
    {
        var errors = LearnerCompilation.CheckFSharp($"module NeuralKatas.Sneaky\n\n{declaration}\n");

        var refusals = LearnerCompilation.Refusals(errors);
        Assert.That(refusals.Select(r => r.Line), Does.Contain(line), LearnerCompilation.Describe(errors));
        Assert.That(refusals.Select(r => r.Message), Has.Some.Contain(word));
    }

    [TestCase("namespace NeuralKatas.Testing\n\ntype Lesson() =\n    member _.Name = \"forged\"\n", 3, "Lesson")]
    [TestCase("namespace Elsewhere\n\ntype Helper() =\n    member _.Name = \"x\"\n", 3, "namespace NeuralKatas")]
    [TestCase("namespace NeuralKatas\n\ntype Matrix() =\n    member _.Rows = 0\n", 3, "Matrix")]
    public void A_type_outside_the_kata_namespace_or_named_like_a_course_type_is_refused(string code, int line, string word)
    {
        var errors = LearnerCompilation.CheckFSharp(code);

        var refusals = LearnerCompilation.Refusals(errors).Where(r => r.Id == Refusal.DeclarationId).ToList();
        Assert.That(refusals.Select(r => r.Line), Does.Contain(line), LearnerCompilation.Describe(errors));
        Assert.That(refusals.Select(r => r.Message), Has.Some.Contain(word));
    }

    [Test]
    public void Inline_IL_is_an_error_in_kata_code()
    {
        var errors = LearnerCompilation.CheckFSharp(InKata("let one : int = (# \"ldc.i4.1\" : int #)"));

        Assert.That(errors.Select(e => e.Line), Does.Contain(6), LearnerCompilation.Describe(errors));
    }

    [Test]
    public void Plain_FSharp_kata_code_passes_the_gate()
    {
        var errors = LearnerCompilation.CheckFSharp("""
            namespace NeuralKatas

            open System

            [<RequireQualifiedAccess>]
            module Activation =

                type private Point = { X: float; Y: float }

                let Sigmoid (z: float) : float =
                    let values = [ z; -z ] |> List.map (fun v -> v * 2.0) |> List.filter (fun v -> v > 0.0)
                    let total = Array.init 3 float |> Array.sum
                    let lookup = dict [ "z", z ]
                    let text = sprintf "%.2f %s" z (String.Join(", ", values))
                    let point = { X = z; Y = 1.0 }
                    let maybe = if values.IsEmpty then None else Some (List.head values)
                    printfn "%s %f %A %f" text total maybe (point.X + lookup.["z"])
                    if Double.IsNaN z then invalidArg (nameof z) "not a number"
                    1.0 / (1.0 + exp -z) + 0.0 * Math.Max(total, 0.0) + 0.0 * (Seq.sum values)

                let SigmoidDerivative (z: float) : float =
                    let s = Sigmoid z
                    s * (1.0 - s)
            """);

        Assert.That(errors, Is.Empty, LearnerCompilation.Describe(errors));
    }

    [TestCaseSource(typeof(Curriculum.KataRun), nameof(Curriculum.KataRun.EachKata))]
    public void The_FSharp_reference_solution_passes_the_gate(string kataId) =>
        Assert.That(LearnerCompilation.Compile(Steps(kataId, RepositoryRoot.Course.SolutionsDirectory)), Is.Empty);

    [TestCaseSource(typeof(Curriculum.KataRun), nameof(Curriculum.KataRun.EachKata))]
    public void The_FSharp_stub_passes_the_gate(string kataId) =>
        Assert.That(LearnerCompilation.Compile(Steps(kataId, RepositoryRoot.Course.KatasDirectory)), Is.Empty);

    private static LearnerStep[] Steps(string kataId, string root)
    {
        var course = RepositoryRoot.Course;
        return [.. course.Manifest.UpTo(course.Manifest.Find(kataId)).Select(step => new LearnerStep(KataLanguage.FSharp, CourseSources.StepFiles(step, root, KataLanguage.FSharp)))];
    }

    private static TestCaseData Case(string what, string word, string line) =>
        new TestCaseData(what, word, line).SetArgDisplayNames(what);

    // Puts one line at line 6 of an otherwise harmless F# kata file.
    private static string InKata(string line) => $$"""
        namespace NeuralKatas

        [<RequireQualifiedAccess>]
        module Activation =
            let Sigmoid (z: float) : float =
                {{line}}
                z
        """;
}
