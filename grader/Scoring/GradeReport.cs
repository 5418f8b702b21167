using NeuralKatas.Grader.Sandbox;

namespace NeuralKatas.Grader.Scoring;

/// <summary>The grade of one submission: every kata in manifest order, and the totals.</summary>
/// <param name="Submission">The submission's name (its folder or zip file name).</param>
/// <param name="Katas">Each graded kata, in manifest order.</param>
/// <param name="Error">Set when the submission as a whole could not be graded (an unreadable zip, no katas folder).</param>
public sealed record GradeReport(string Submission, IReadOnlyList<KataGrade> Katas, string? Error)
{
    /// <summary>The sandbox the tests ran in: <see cref="SandboxReport.Bubblewrap"/> or <see cref="SandboxReport.None"/>.</summary>
    public string Sandbox { get; init; } = SandboxReport.None;

    /// <summary>Files the student must not change that differ from the course's own (evidence only; never used for grading).</summary>
    public IReadOnlyList<string> ChangedFiles { get; init; } = [];

    /// <summary>Points earned over every kata.</summary>
    public double Score => Math.Round(Katas.Sum(k => k.Score), 4);

    /// <summary>Points available over every kata graded.</summary>
    public double MaxScore => Math.Round(Katas.Sum(k => k.MaxScore), 4);

    /// <summary>True when every graded kata passed and nothing went wrong.</summary>
    public bool FullMarks => Error is null && Katas.Count > 0 && Katas.All(k => k.Status == KataStatus.Passed);
}
