namespace NeuralKatas.Grader.Loading;

/// <summary>How much a submitted zip may unpack to. A course's katas are a few kilobytes of source.</summary>
/// <param name="MaxEntries">The most files and folders the zip may hold.</param>
/// <param name="MaxEntryBytes">The most bytes one entry may unpack to, counted while unpacking.</param>
/// <param name="MaxTotalBytes">The most bytes all entries together may unpack to, counted while unpacking.</param>
/// <param name="MaxCompressionRatio">The most an entry may expand (unpacked bytes per packed byte).</param>
public sealed record ZipLimits(int MaxEntries, long MaxEntryBytes, long MaxTotalBytes, double MaxCompressionRatio)
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>2 000 entries, 5 MB per entry, 50 MB in all, 200:1.</summary>
    public static ZipLimits Default { get; } = new(2_000, 5 * Megabyte, 50 * Megabyte, 200);
}
