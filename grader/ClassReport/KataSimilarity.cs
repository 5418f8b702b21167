namespace NeuralKatas.Grader.ClassReport;

/// <summary>What the similarity check did with one kata across the class.</summary>
/// <param name="Kata">The kata's id.</param>
/// <param name="Compared">Submissions with enough code of their own to compare.</param>
/// <param name="TooShort">Submissions whose own code (after the stub and common idioms are taken out) is too short to compare.</param>
/// <param name="StubFingerprints">Distinct fingerprints ignored because the shipped stub has them.</param>
/// <param name="CommonFingerprints">Distinct fingerprints ignored because too much of the class has them.</param>
/// <param name="PairsWithSharedCode">Pairs sharing at least one fingerprint (every other pair scores 0).</param>
public sealed record KataSimilarity(string Kata, int Compared, int TooShort, int StubFingerprints, int CommonFingerprints, long PairsWithSharedCode);
