namespace NeuralKatas.Grader.ClassReport;

/// <summary>Two submissions whose own code of one kata is alike beyond the threshold: evidence for a person to look at.</summary>
/// <param name="Kata">The kata's id.</param>
/// <param name="First">The first student's index in the class (the earlier in input order).</param>
/// <param name="Second">The second student's index.</param>
/// <param name="Score">Shared fingerprints over the distinct fingerprints of both, from 0 to 1.</param>
/// <param name="Shared">How many fingerprints the two share.</param>
/// <param name="Passages">The matching passages, one per pair of members, in the first submission's line order.</param>
public sealed record SimilarPair(string Kata, int First, int Second, double Score, int Shared, IReadOnlyList<MatchedPassage> Passages);
