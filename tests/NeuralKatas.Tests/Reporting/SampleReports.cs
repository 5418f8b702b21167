using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.Reporting;

/// <summary>
/// Grade reports the reporting tests write out, built by hand so each covers known ground: full
/// marks, every way a kata can go wrong, the shipped stubs, and a submission that could not be
/// graded at all. Teaching messages carry unicode (σ′), quotes, commas and line breaks on purpose.
/// </summary>
public static class SampleReports
{
    /// <summary>The sample a learner who solved everything gets.</summary>
    public static GradeReport FullMarks { get; } = new("ada", [
        Passed("01-sigmoid", "The sigmoid and its derivative", "Sigmoid_of_zero_is_one_half", "Sigmoid_matches_the_formula(-2)", "SigmoidDerivative_matches_the_slope_of_Sigmoid"),
        Passed("02-init", "Initialising the network", "Weights_are_drawn_in_order", "Biases_have_one_row"),
        Passed("03-forward", "Forward propagation", "Forward_matches_the_formula", "Inputs_are_not_mutated"),
        Passed("04-backprop", "Backpropagation and the update", "Gradients_match_finite_differences", "Update_moves_against_the_gradient"),
        Passed("05-train", "Training on XOR", "Trained_outputs_match_the_snapshot", "Loss_falls"),
    ], null);

    /// <summary>One kata of each kind: passed, failed (five ways), compile error, crash with control characters, timeout with an isolation note.</summary>
    public static GradeReport Mixed { get; } = new("grace", [
        Passed("01-sigmoid", "The sigmoid and its derivative", "Sigmoid_of_zero_is_one_half", "Sigmoid_matches_the_formula(-2)", "SigmoidDerivative_matches_the_slope_of_Sigmoid"),
        Kata("02-init", "Initialising the network", KataStatus.Failed, [
            Test("Weights_have_the_right_shape", TestStatus.Passed, string.Empty),
            Test("SigmoidDerivative_is_given_z(0.5)", TestStatus.Failed,
                "Expected σ′(0.5) = 0.2350037122, got 0.2217001 (difference 0.0133).\nFormula: σ′(z) = σ(z)·(1 − σ(z)), where z is the pre-activation.\nLikely mistake: σ′(σ(z)), the seed's \"derivative of the activation\", applied twice."),
            Test("Weights_are_drawn_in_order", TestStatus.Failed,
                "Expected W1[0,1] = -0.1383, got 0.6476.\nW1 is drawn row by row, then b1, then W2, then b2; a transposed loop, \"column, then row\", gives exactly these numbers."),
            Test("Init_uses_only_the_given_rng", TestStatus.Errored,
                "System.NotImplementedException: TODO: draw every weight from rng, in order.\n   at Initialization.Create(Int32, Int32, Int32, GaussianGenerator) in Initialization.cs:line 14"),
            Test("Biases_have_one_row", TestStatus.Failed, "Expected b1 to be 1 × 4, got 4 × 1: a mis-shaped bias."),
            Test("Init_is_reproducible", TestStatus.NotRun, string.Empty),
        ], [], null, null),
        Kata("03-forward", "Forward propagation", KataStatus.CompileError, [], [
            new CompileDiagnostic("katas/03-forward/Forward.cs", 12, 31, "CS1002", "; expected"),
            new CompileDiagnostic("katas/03-forward/Forward.cs", 20, 9, "CS0029", "Cannot implicitly convert type 'List<double>' to 'Matrix'"),
        ], null, null),
        Kata("04-backprop", "Backpropagation and the update", KataStatus.Crashed, [], [],
            "The test process died: Stack overflow.\n\u001b[31m   at Backprop.Gradients(Network, Matrix, Matrix)\u001b[0m\n   at Backprop.Gradients(Network, Matrix, Matrix)", null),
        Kata("05-train", "Training on XOR", KataStatus.TimedOut, [], [],
            "Stopped after the 10 s time limit: is there a loop that never ends?",
            "Passes in isolation, with the reference code of katas 01 to 04; fails on your own earlier code, so fix 04-backprop first."),
    ], null);

    /// <summary>What grading the stubs as shipped gives: every test throws its TODO.</summary>
    public static GradeReport ShippedStubs { get; } = new("katas", [
        Stubbed("01-sigmoid", "The sigmoid and its derivative", "Sigmoid_of_zero_is_one_half", "SigmoidDerivative_matches_the_slope_of_Sigmoid"),
        Stubbed("02-init", "Initialising the network", "Weights_are_drawn_in_order", "Biases_have_one_row"),
        Stubbed("03-forward", "Forward propagation", "Forward_matches_the_formula", "Inputs_are_not_mutated"),
        Stubbed("04-backprop", "Backpropagation and the update", "Gradients_match_finite_differences", "Update_moves_against_the_gradient"),
        Stubbed("05-train", "Training on XOR", "Trained_outputs_match_the_snapshot", "Loss_falls"),
    ], null);

    /// <summary>A submission that could not be graded at all.</summary>
    public static GradeReport Unreadable { get; } =
        new("mallory.zip", [], "The zip holds an entry that points outside its folder: ../../etc/passwd");

    /// <summary>Full marks under a name that needs quoting in CSV and escaping everywhere else.</summary>
    public static GradeReport AwkwardName { get; } = FullMarks with { Submission = "O'Brien, \"Zoë\" <z>" };

    /// <summary>The single-submission samples by the name their golden files use.</summary>
    public static IReadOnlyDictionary<string, GradeReport> Singles { get; } = new Dictionary<string, GradeReport>
    {
        ["full-marks"] = FullMarks,
        ["mixed"] = Mixed,
        ["shipped-stubs"] = ShippedStubs,
        ["unreadable"] = Unreadable,
    };

    /// <summary>A batch of every sample, in no particular order, as parallel grading delivers them.</summary>
    public static IReadOnlyList<GradeReport> Batch { get; } = [Mixed, Unreadable, AwkwardName, FullMarks, ShippedStubs];

    /// <summary>The kata ids of the course, in manifest order.</summary>
    public static IReadOnlyList<string> KataIds { get; } = ["01-sigmoid", "02-init", "03-forward", "04-backprop", "05-train"];

    private static KataGrade Passed(string id, string title, params string[] tests) =>
        Kata(id, title, KataStatus.Passed, [.. tests.Select(name => Test(name, TestStatus.Passed, string.Empty))], [], null, null);

    private static KataGrade Stubbed(string id, string title, params string[] tests) =>
        Kata(id, title, KataStatus.Failed,
            [.. tests.Select(name => Test(name, TestStatus.Errored, $"System.NotImplementedException: TODO: see katas/{id}/README.md"))], [], null, null);

    // Points as the scorer shares them: the kata's 10 split evenly over its tests, earned only on a pass.
    private static KataGrade Kata(
        string id, string title, KataStatus status, IReadOnlyList<(string Name, TestStatus Status, string Message)> tests,
        IReadOnlyList<CompileDiagnostic> diagnostics, string? error, string? isolation)
    {
        const double KataPoints = 10;
        var share = tests.Count == 0 ? 0 : KataPoints / tests.Count;
        var grades = tests.Select((test, index) => new TestGrade(
            test.Name, test.Status, test.Message, test.Status == TestStatus.Passed ? share : 0, share,
            TimeSpan.FromMilliseconds(1.4 + (index * 10.5)))).ToList();
        return new KataGrade(id, title, status, grades.Sum(grade => grade.Points), KataPoints, grades, diagnostics, error, isolation);
    }

    private static (string Name, TestStatus Status, string Message) Test(string name, TestStatus status, string message) => (name, status, message);
}
