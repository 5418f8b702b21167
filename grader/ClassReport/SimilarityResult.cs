namespace NeuralKatas.Grader.ClassReport;

/// <summary>The similarity check of a class: the pairs at or above the threshold, and what was compared per kata.</summary>
/// <param name="Options">The settings it ran with.</param>
/// <param name="Pairs">Pairs at or above the threshold, highest score first.</param>
/// <param name="Katas">Per kata, in manifest order.</param>
public sealed record SimilarityResult(SimilarityOptions Options, IReadOnlyList<SimilarPair> Pairs, IReadOnlyList<KataSimilarity> Katas);
