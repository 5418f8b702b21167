namespace NeuralKatas.Grader.Reporting.Internal;

/// <summary>Every sentence of advice the reports give a learner, kept in one place so they stay consistent.</summary>
internal static class Advice
{
    /// <summary>Said when nothing passes yet.</summary>
    public const string NothingPassesYet = "Nothing passes yet, and that is where every learner starts.";

    /// <summary>Said when every kata passes.</summary>
    public const string AllPassed = "Every kata passes. Well done!";

    /// <summary>Said under the failures in written feedback.</summary>
    public const string KeepGoing =
        "Each failing test says what it expected, the formula behind it and, where it can, the likely mistake. "
        + "Fix one thing, run the tests again, repeat.";

    /// <summary>Where to begin when nothing passes.</summary>
    public static string FirstStep(string kataId) =>
        $"Start with katas/{kataId}/README.md; run `dotnet run --project grader -- hint {kataId}` for a hint.";

    /// <summary>How to run one kata's tests locally.</summary>
    public static string RunLocally(string kataId) => $"dotnet test katas/{kataId}";

    /// <summary>How to grade everything locally, exactly as the grader does.</summary>
    public const string GradeLocally = "dotnet run --project grader -- grade";

    /// <summary>Said when the submission as a whole could not be graded.</summary>
    public static string CouldNotGrade(string error) => $"This submission could not be graded: {error}";
}
