namespace NeuralKatas.Grader.ClassReport;

/// <summary>
/// Document fingerprinting by winnowing: Schleimer, Wilkerson and Aiken, "Winnowing: local
/// algorithms for document fingerprinting", SIGMOD 2003 (the method behind MOSS). Every k-gram
/// of tokens is hashed; of every window of w consecutive hashes the minimum is kept (the
/// rightmost one on a tie), and each kept hash once per run of windows. Any match of at least
/// w + k − 1 tokens shares a fingerprint, and no match shorter than k does.
/// </summary>
internal static class Winnowing
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>The fingerprints of one member's tokens; a member shorter than <paramref name="k"/> tokens has none.</summary>
    public static IEnumerable<Fingerprint> Select(IReadOnlyList<NormalisedToken> tokens, int member, int k, int w)
    {
        var hashes = new ulong[Math.Max(0, tokens.Count - k + 1)];
        for (var start = 0; start < hashes.Length; start++)
        {
            hashes[start] = Hash(tokens, start, k);
        }

        // A member with fewer k-grams than a window is one window: the paper's guarantee still holds for it.
        var window = Math.Min(w, hashes.Length);
        var kept = -1;
        for (var end = window - 1; end < hashes.Length; end++)
        {
            var minimum = end;
            for (var i = end - 1; i > end - window; i--)
            {
                if (hashes[i] < hashes[minimum])
                {
                    minimum = i;
                }
            }

            if (minimum != kept)
            {
                kept = minimum;
                yield return new Fingerprint(hashes[minimum], member, tokens[minimum].Line, tokens[minimum + k - 1].Line);
            }
        }
    }

    // FNV-1a over the kinds: deterministic across runs and machines, unlike string.GetHashCode.
    private static ulong Hash(IReadOnlyList<NormalisedToken> tokens, int start, int k)
    {
        var hash = FnvOffset;
        for (var i = start; i < start + k; i++)
        {
            hash = (hash ^ (uint)tokens[i].Kind) * FnvPrime;
        }

        // SplitMix64's finaliser: FNV's low bits are weak, and winnowing picks minima, so mix every bit.
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EB;
        return hash ^ (hash >> 31);
    }
}
