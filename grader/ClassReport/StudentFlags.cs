namespace NeuralKatas.Grader.ClassReport;

/// <summary>The flags a student's row can carry: codes as class.json writes them, and words for the page.</summary>
public static class StudentFlags
{
    /// <summary>The submission could not be graded at all.</summary>
    public const string NotGraded = "not_graded";

    /// <summary>At least one kata did not compile.</summary>
    public const string DidNotCompile = "did_not_compile";

    /// <summary>At least one kata ran past the time limit.</summary>
    public const string TimedOut = "timed_out";

    /// <summary>At least one kata's worker died, flooded its output or left a thread running.</summary>
    public const string Crashed = "crashed";

    /// <summary>Files the student must not change differ from the course's own.</summary>
    public const string ChangedFiles = "changed_files";

    /// <summary>The student is in a pair the similarity check lists.</summary>
    public const string Similarity = "similarity";

    /// <summary>Every flag, in the order rows list them.</summary>
    public static IReadOnlyList<string> All { get; } = [NotGraded, DidNotCompile, TimedOut, Crashed, ChangedFiles, Similarity];

    /// <summary>The flag in words.</summary>
    public static string Words(string flag) => flag switch
    {
        NotGraded => "not graded",
        DidNotCompile => "did not compile",
        TimedOut => "timed out",
        Crashed => "crashed",
        ChangedFiles => "changed files",
        Similarity => "similar to another",
        _ => flag,
    };
}
