using NeuralKatas.Grader.Cache;
using NeuralKatas.Grader.CompileServer;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Grader.Pipeline;

/// <summary>How to grade a submission.</summary>
/// <param name="KataId">Grade only this kata, or every kata when null.</param>
/// <param name="ExtraTestFolders">Folders of extra tests (an instructor's hidden tests): FOLDER/&lt;kata id&gt;/*.cs compiles beside that kata's tests.</param>
/// <param name="Limits">The worker's limits.</param>
public sealed record GradeOptions(string? KataId, IReadOnlyList<string> ExtraTestFolders, WorkerLimits Limits)
{
    /// <summary>The language every kata is graded in, or null to detect it per kata from the files (see LanguageDetector).</summary>
    public KataLanguage? Language { get; init; }

    /// <summary>The limits compiling each kata runs under.</summary>
    public CompileLimits CompileLimits { get; init; } = CompileLimits.Default;

    /// <summary>
    /// The compile limits in the sandbox of <see cref="Limits"/>: untrusted source is compiled
    /// where its code runs, so one choice (the sandbox or --no-sandbox) covers both.
    /// </summary>
    public CompileLimits SandboxedCompileLimits => CompileLimits with { Sandbox = Limits.Sandbox };

    /// <summary>
    /// True (the default, for grading other people's work) to grade each kata with the reference
    /// code of the earlier katas; false to grade it on the submission's own earlier katas, exactly
    /// as `dotnet test katas/NN` builds it (the learner's own verbs).
    /// </summary>
    public bool Isolate { get; init; } = true;

    /// <summary>
    /// Where kata grades are kept between runs (without isolation only), or null to keep nothing
    /// (the default: only the learner's own katas use a cache, see <see cref="Cache.StoredGrades"/>).
    /// </summary>
    public GradeCache? Cache { get; init; }

    /// <summary>Every kata, no extra tests, default limits.</summary>
    public static GradeOptions Default { get; } = new(null, [], WorkerLimits.Default);
}
