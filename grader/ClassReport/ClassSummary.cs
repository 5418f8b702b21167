namespace NeuralKatas.Grader.ClassReport;

/// <summary>Everything the class report shows; report.html and class.json are two views of it.</summary>
/// <param name="Students">Every student, in name order.</param>
/// <param name="Katas">Every kata, in manifest order.</param>
/// <param name="Mistakes">The catalogued mistakes made, most students first.</param>
/// <param name="Similarity">The similarity check.</param>
public sealed record ClassSummary(IReadOnlyList<StudentRow> Students, IReadOnlyList<KataSummary> Katas, IReadOnlyList<MistakeCount> Mistakes, SimilarityResult Similarity)
{
    /// <summary>The version of class.schema.json the document follows.</summary>
    public const int SchemaVersion = 1;
}
