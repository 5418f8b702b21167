namespace NeuralKatas.Grader.Scoring;

/// <summary>
/// What a student is shown of the instructor's hidden tests (--tests): each test's name and
/// verdict, not its message, which can quote the hidden test's expectations. The gradebook keeps
/// the messages for the instructor; `--show-hidden-messages` shows them to the student too.
/// </summary>
public static class HiddenTestMessages
{
    /// <summary>The message a student sees in place of a hidden test's own.</summary>
    public const string Withheld = "One of your instructor's hidden tests: its message is for your instructor only.";

    /// <summary>The report with every hidden test's message withheld.</summary>
    public static GradeReport Withhold(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with { Katas = [.. report.Katas.Select(Withhold)] };
    }

    private static KataGrade Withhold(KataGrade kata) =>
        kata.Tests.Any(IsWithheld) ? kata with { Tests = [.. kata.Tests.Select(t => IsWithheld(t) ? t with { Message = Withheld } : t)] } : kata;

    private static bool IsWithheld(TestGrade test) => test.Hidden && test.Message.Length > 0;
}
