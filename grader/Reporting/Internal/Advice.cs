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

    // The learner's path: watch, run, list, hint, reset, pictures (grader/Learner).

    /// <summary>The progress bar's count.</summary>
    public static string KatasPassed(int passed, int total) => $"{passed} / {total} katas";

    /// <summary>How many of a kata's tests pass.</summary>
    public static string TestsPassed(int passed, int total) => $"{passed} of {total} tests pass";

    /// <summary>What to do in a kata.</summary>
    public static string WhatToDo(string kataId, IEnumerable<string> learnerFiles) =>
        $"Read katas/{kataId}/README.md, then fill in the TODOs in {string.Join(" and ", learnerFiles.Select(file => $"katas/{kataId}/{file}"))}.";

    /// <summary>Where to look for the problem.</summary>
    public static string LookAt(string location) => $"→ {location}";

    /// <summary>The headline over a compile error.</summary>
    public const string FirstCompileError = "The first compile error";

    /// <summary>Said when there are more compile errors than the one shown.</summary>
    public static string MoreCompileErrors(int more) => $"(and {more} more compile {(more == 1 ? "error" : "errors")})";

    /// <summary>Marks the current kata in the list.</summary>
    public const string YouAreHere = "← you are here";

    /// <summary>Said at the end of the path.</summary>
    public const string MakePictures =
        "Your network has learned XOR. See it: `dotnet run --project grader -- plot` draws its loss curve and decision boundary.";

    /// <summary>A hint's heading.</summary>
    public static string HintTitle(string kataId, int level, int count) => $"Hint {level} of {count} for {kataId}:";

    /// <summary>Said under a hint when there are more.</summary>
    public static string MoreHints(string kataId) => $"Still stuck? Run `dotnet run --project grader -- hint {kataId}` again for the next hint.";

    /// <summary>Said under a hint in `watch` when there are more.</summary>
    public const string NextHintKey = "Still stuck? h again shows the next hint.";

    /// <summary>The heading over what the learner's code printed during the first failing test.</summary>
    public const string YourOutput = "  Your code printed:";

    /// <summary>Said under the names of failing tests when there are more than are shown.</summary>
    public static string MoreFailing(int more) => $"  … and {more} more failing {(more == 1 ? "test" : "tests")}.";

    /// <summary>The watch's status line from a save until its result.</summary>
    public static string CheckingKata(string what) => $"Checking {what}…";

    /// <summary>Said under the last hint.</summary>
    public static string NoMoreHints(string kataId) =>
        $"That was the last hint. The worked example in katas/{kataId}/README.md goes through the numbers step by step.";

    /// <summary>Said for a kata without hints.</summary>
    public static string NoHints(string kataId) => $"{kataId} has no hints; its README, katas/{kataId}/README.md, has a worked example.";

    /// <summary>Said when a hint level is out of range.</summary>
    public static string NoSuchHint(string kataId, int level, int count) => $"{kataId} has hints 1 to {count}; there is no hint {level}.";

    /// <summary>Said for a kata id that does not exist.</summary>
    public static string NoSuchKata(string kataId, IEnumerable<string> ids) => $"There is no kata '{kataId}'. The katas are: {string.Join(", ", ids)}.";

    /// <summary>Said for a kata name that fits more than one kata.</summary>
    public static string AmbiguousKata(string name, IEnumerable<string> matches, IEnumerable<string> ids) =>
        $"'{name}' could be {string.Join(" or ", matches)}: give more of the name. The katas are: {string.Join(", ", ids)}.";

    /// <summary>The watch's first line while it grades everything.</summary>
    public const string Checking = "Checking every kata (the first check warms up the compiler; the ones after a save are fast)…";

    /// <summary>The watch's key help, interactive.</summary>
    public const string WatchKeys = "Save a file to check again.  Keys: [h] hint  [r] re-run  [l] list  [q] quit";

    /// <summary>The watch's key help, manual mode.</summary>
    public const string ManualKeys = "Manual mode: press [r] or Enter to check again.  Keys: [h] hint  [l] list  [q] quit";

    /// <summary>The watch's help when input is not a terminal: commands are lines.</summary>
    public const string LineCommands = "Commands, one per line: r (check again), h (hint), l (list), q (quit).";

    /// <summary>How long a check took.</summary>
    public static string CheckedIn(TimeSpan elapsed) => $"Checked in {elapsed.TotalSeconds:0.00} s.";

    /// <summary>Said when the watch moves on to the next kata.</summary>
    public static string KataPassed(string kataId) => $"{kataId} passes. On to the next kata!";

    /// <summary>Said when the last kata that did not pass now passes: there is no next kata.</summary>
    public static string LastKataPassed(string kataId) => $"{kataId} passes.";

    /// <summary>Said at the end of a grade of one kata that passes (not every kata was graded).</summary>
    public static string OneKataPassed(string kataId) => $"{kataId} passes. Well done!";

    /// <summary>Said when reset needs confirming.</summary>
    public static string ConfirmReset(string kataId) =>
        $"Reset {kataId} to its stub? Your current files are backed up first under katas/{kataId}/.backup/.";

    /// <summary>Said when reset needs confirming but cannot ask.</summary>
    public static string ResetNeedsYes(string kataId) =>
        $"Not resetting {kataId}: there is no terminal to ask for confirmation. Run `dotnet run --project grader -- reset {kataId} --yes`.";

    /// <summary>Said when reset was declined.</summary>
    public const string ResetCancelled = "Nothing was changed.";

    /// <summary>Said after a reset.</summary>
    public static string ResetDone(string kataId, string? backup) =>
        backup is null ? $"{kataId} is back to its stub." : $"{kataId} is back to its stub. Your files were saved in {backup}.";

    /// <summary>Said when pictures are asked for too early.</summary>
    public static string PicturesNeedTraining(string kataId) =>
        $"The pictures show your trained network, so {kataId} must pass first. Run `dotnet run --project grader -- run {kataId}` to see what is left.";

    /// <summary>Said when the training run for the pictures failed.</summary>
    public static string PicturesFailed(string error) => $"Your network could not be trained for the pictures: {error}";

    /// <summary>Said after writing the pictures.</summary>
    public static string PicturesWritten(IEnumerable<string> files) => $"Wrote {string.Join(" and ", files)}.";
}
