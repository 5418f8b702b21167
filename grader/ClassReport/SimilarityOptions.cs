namespace NeuralKatas.Grader.ClassReport;

/// <summary>The settings of the similarity check; <see cref="Default"/> holds the documented defaults (docs/class-report.md).</summary>
/// <param name="Threshold">Pairs whose score (shared fingerprints over all their distinct fingerprints) reaches this are listed.</param>
/// <param name="K">Tokens per k-gram: no match shorter than this counts.</param>
/// <param name="Window">Hashes per winnowing window: every match of at least K + Window − 1 tokens is found.</param>
/// <param name="CommonFraction">A fingerprint found in more than this fraction of the class is a common idiom and is ignored.</param>
/// <param name="CommonFloor">A fingerprint shared by this many submissions or fewer is never treated as common, however small the class.</param>
/// <param name="MinimumFingerprints">A kata with fewer fingerprints of the learner's own is too short to compare.</param>
public sealed record SimilarityOptions(double Threshold, int K, int Window, double CommonFraction, int CommonFloor, int MinimumFingerprints)
{
    /// <summary>The defaults `batch` uses.</summary>
    public static SimilarityOptions Default { get; } = new(Threshold: 0.6, K: 12, Window: 8, CommonFraction: 0.2, CommonFloor: 3, MinimumFingerprints: 6);
}
