using NeuralKatas.Tests.Mutations;

namespace NeuralKatas.Tests.Scenarios;

/// <summary>
/// One grading scenario: a submission built from a base with files laid over it and edits applied
/// to it (a catalogued mistake is one such edit), and the JSON report grading it must give. See README.md beside this file.
/// </summary>
/// <param name="Name">The scenario's name, which is also the submission's name in the report.</param>
/// <param name="Base">What the submission starts from.</param>
/// <param name="OverlayFolder">A folder laid out like katas/ whose files replace the base's, or null.</param>
/// <param name="Edits">Exact-text edits applied to the base after the overlay, in order (a catalogued mistake, or a case's edit.json).</param>
/// <param name="GitHubZip">True to hand the submission in as GitHub's "Download ZIP" would: a zip wrapping one folder.</param>
/// <param name="KataId">Grade only this kata, or every kata when null.</param>
/// <param name="ExpectedReportPath">The expected JSON report, in the source tree.</param>
/// <param name="MessagesQuoteRandomNumbers">True when the submission draws from an unseeded generator, so the numbers its test messages quote differ from run to run.</param>
public sealed record Scenario(string Name, SubmissionBase Base, string? OverlayFolder, IReadOnlyList<Mutation> Edits, bool GitHubZip, string? KataId, string ExpectedReportPath, bool MessagesQuoteRandomNumbers)
{
    /// <summary>The language every kata is graded in (a case's `language` file), or null to detect it from the files.</summary>
    public Grader.Course.KataLanguage? Language { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
