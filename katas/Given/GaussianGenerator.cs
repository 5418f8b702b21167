namespace NeuralKatas;

/// <summary>
/// A seeded source of standard normal numbers, N(0, 1), whose sequence is part of the
/// curriculum contract: the same seed gives the same numbers on every .NET version and
/// operating system, so every correct network starts from the same weights.
/// </summary>
/// <remarks>
/// <para>Why not <see cref="Random"/>: its sequence for a given seed is not promised to stay
/// the same across .NET versions.</para>
/// <para>The algorithm, so it can be re-implemented anywhere:</para>
/// <list type="number">
/// <item>SplitMix64 (Steele, Lea and Flood, 2014) produces 64-bit integers: the state starts
/// at the seed; each step adds 0x9E3779B97F4A7C15 and mixes the new state with
/// z ^= z >> 30; z *= 0xBF58476D1CE4E5B9; z ^= z >> 27; z *= 0x94D049BB133111EB; z ^= z >> 31.</item>
/// <item>A uniform number in (0, 1] is ((x >> 11) + 1) · 2⁻⁵³: the top 53 bits, never 0, so the
/// logarithm below is always finite.</item>
/// <item>Each normal number uses two fresh uniforms u₁, u₂ (Box–Muller, cosine branch only):
/// √(−2 ln u₁) · cos(2π u₂). Using one branch keeps the draw order obvious: one call, one number.</item>
/// </list>
/// <para>The integer sequence is exact everywhere. The normal numbers use Math.Log, Math.Sqrt and
/// Math.Cos; the tests pin the first values to 1e-15 so a platform that rounded differently would
/// be noticed.</para>
/// </remarks>
public sealed class GaussianGenerator
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15;
    private ulong state;

    /// <summary>A generator that starts at <paramref name="seed"/>; every seed, zero included, is valid.</summary>
    public GaussianGenerator(ulong seed) => state = seed;

    /// <summary>The next 64-bit integer of the SplitMix64 sequence.</summary>
    public ulong NextUInt64()
    {
        state = unchecked(state + GoldenGamma);
        var z = state;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EB);
        return z ^ (z >> 31);
    }

    /// <summary>The next uniform number in (0, 1].</summary>
    public double NextUniform() => ((NextUInt64() >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>The next standard normal number: mean 0, standard deviation 1.</summary>
    public double NextGaussian()
    {
        var u1 = NextUniform();
        var u2 = NextUniform();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
