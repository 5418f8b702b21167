using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Sandbox;

namespace NeuralKatas.Grader.Scoring;

/// <summary>The grade of one submission: every kata in manifest order, and the totals.</summary>
/// <param name="Submission">The submission's name (its folder or zip file name).</param>
/// <param name="Katas">Each graded kata, in manifest order.</param>
/// <param name="Error">Set when the submission as a whole could not be graded (an unreadable zip, no katas folder).</param>
public sealed record GradeReport(string Submission, IReadOnlyList<KataGrade> Katas, string? Error)
{
    private Lazy<string> sandbox = new(() => SandboxReport.None);

    /// <summary>The sandbox the tests ran in: <see cref="SandboxReport.Bubblewrap"/> or <see cref="SandboxReport.None"/>.</summary>
    public string Sandbox { get => sandbox.Value; init => sandbox = new(() => value); }

    /// <summary>Files the student must not change that differ from the course's own (evidence only; never used for grading).</summary>
    public IReadOnlyList<string> ChangedFiles { get; init; } = [];

    /// <summary>Points earned over every kata.</summary>
    public double Score => Math.Round(Katas.Sum(k => k.Score), 4);

    /// <summary>Points available over every kata graded.</summary>
    public double MaxScore => Math.Round(Katas.Sum(k => k.MaxScore), 4);

    /// <summary>
    /// This report with <see cref="Sandbox"/> taken from <paramref name="limits"/> when it is first
    /// read: finding this machine's sandbox starts a trial one, which a report that nobody reads
    /// the sandbox of (a learner's `list`, answered from the cache) should not wait for.
    /// </summary>
    public GradeReport WithSandboxOf(WorkerLimits limits) => this with { sandbox = new(() => SandboxReport.Describe(limits.Sandbox)) };

    /// <summary>True when every graded kata passed and nothing went wrong.</summary>
    public bool FullMarks => Error is null && Katas.Count > 0 && Katas.All(k => k.Status == KataStatus.Passed);
}
