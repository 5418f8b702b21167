using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting.Internal;

/// <summary>
/// The order batch outputs list submissions in. Batches grade in parallel, so reports arrive in
/// any order; sorting by name (case-insensitively, then ordinally to break ties) makes the files
/// byte-stable and easy to scan.
/// </summary>
internal static class StudentOrder
{
    /// <summary>The reports sorted by submission name.</summary>
    public static IReadOnlyList<GradeReport> Sort(IEnumerable<GradeReport> reports) =>
        [.. reports
            .OrderBy(report => report.Submission, StringComparer.OrdinalIgnoreCase)
            .ThenBy(report => report.Submission, StringComparer.Ordinal)];
}
