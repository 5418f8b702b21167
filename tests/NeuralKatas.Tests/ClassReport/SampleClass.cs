using NeuralKatas.Grader.ClassReport;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.ClassReport;

/// <summary>
/// A small class built by hand, so every number of the report is known: four students over
/// 01-sigmoid and 02-init (a pass, a failure naming a mistake, a compile error, a timeout, a
/// changed test file, one that could not be graded), with names that are hostile HTML.
/// </summary>
public static class SampleClass
{
    /// <summary>The katas of the sample.</summary>
    public static IReadOnlyList<string> Katas { get; } = ["01-sigmoid", "02-init"];

    /// <summary>A name that would run script if it were not escaped.</summary>
    public const string Hostile = "<script>document.title='pwned'</script>O'Brien & \"Zoë\"";

    /// <summary>The four students in this order (indices 0 to 3): ada, bo, cy and the hostile name.</summary>
    public static IReadOnlyList<GradeReport> Reports { get; } =
    [
        TestClass.Report("ada", [
            TestClass.Kata("01-sigmoid", KataStatus.Passed, TestClass.Test("A", TestStatus.Passed), TestClass.Test("B", TestStatus.Passed)),
            TestClass.Kata("02-init", KataStatus.Failed, TestClass.Test("Order", TestStatus.Passed), TestClass.Test("Shape", TestStatus.Failed, "init-transposed")),
        ]),
        TestClass.Report("bo", [
            TestClass.Kata("01-sigmoid", KataStatus.Failed, TestClass.Test("A", TestStatus.Failed, "sigmoid-of-sigmoid"), TestClass.Test("B", TestStatus.Passed)),
            TestClass.Kata("02-init", KataStatus.CompileError),
        ]),
        new GradeReport("cy", [], "The zip holds a symbolic link."),
        TestClass.Report(Hostile, [
            TestClass.Kata("01-sigmoid", KataStatus.TimedOut),
            TestClass.Kata("02-init", KataStatus.Failed, TestClass.Test("Order", TestStatus.Failed, "init-transposed"), TestClass.Test("Shape", TestStatus.Failed, "init-transposed")),
        ]) with { ChangedFiles = ["01-sigmoid/Tests/ActivationTests.cs"] },
    ];

    /// <summary>The sample's students and the test class's (with code and two planted copies), for the page.</summary>
    public static IReadOnlyList<StudentWork> Everyone() =>
        [.. Reports.Select(report => new StudentWork(report, [])), .. TestClass.Students()];

    /// <summary>Every kata of the course.</summary>
    public static IReadOnlyList<string> AllKatas => [.. RepositoryRoot.Course.Manifest.Katas.Select(k => k.Id)];
}
