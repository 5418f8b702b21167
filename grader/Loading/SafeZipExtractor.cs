using System.Globalization;
using System.IO.Compression;

namespace NeuralKatas.Grader.Loading;

/// <summary>
/// Unpacks a submitted zip without trusting it: every entry must land inside the target folder,
/// only regular files and folders are written, and sizes are counted byte by byte while copying,
/// because a zip's headers are written by whoever made it and a zip bomb's headers lie.
/// </summary>
public static class SafeZipExtractor
{
    // A short file of one repeated character compresses beyond 200:1 and is harmless, so the
    // ratio is only judged once an entry has expanded past this many bytes.
    private const long RatioJudgedAbove = 64 * 1024;

    // Unix file-type bits (S_IFMT) in the high 16 bits of ExternalAttributes, set by zips made on
    // Unix and macOS. Zips made on Windows leave them zero, which means an ordinary entry.
    private const int FileTypeMask = 0xF000;
    private const int SymbolicLink = 0xA000;
    private const int RegularFile = 0x8000;
    private const int Folder = 0x4000;

    private const int BufferSize = 81_920;

    /// <summary>
    /// Unpacks <paramref name="zipPath"/> into <paramref name="targetDirectory"/>, or refuses with a
    /// <see cref="SubmissionException"/> naming the zip and the entry at fault. On refusal the target
    /// folder may hold part of the zip: the caller deletes it.
    /// </summary>
    public static void Extract(string zipPath, string targetDirectory, ZipLimits limits)
    {
        ArgumentNullException.ThrowIfNull(zipPath);
        ArgumentNullException.ThrowIfNull(targetDirectory);
        ArgumentNullException.ThrowIfNull(limits);

        var zipName = Path.GetFileName(zipPath);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(targetDirectory));
        Directory.CreateDirectory(target);
        try
        {
            using var archive = ZipFile.OpenRead(zipPath);
            if (archive.Entries.Count > limits.MaxEntries)
            {
                throw Refused(zipName, $"it holds {archive.Entries.Count} entries, more than the {limits.MaxEntries} a submission may have");
            }

            long total = 0;
            foreach (var entry in archive.Entries)
            {
                var destination = Destination(zipName, entry, target);
                if (IsFolder(zipName, entry))
                {
                    Directory.CreateDirectory(destination);
                    continue;
                }

                total += Copy(zipName, entry, destination, limits, total);
            }
        }
        catch (Exception error) when (error is InvalidDataException or NotSupportedException)
        {
            throw new SubmissionException(
                $"{zipName} is not a readable zip file ({error.Message}). Make the zip again, for example with GitHub's \"Download ZIP\".",
                error);
        }
    }

    private static string Destination(string zipName, ZipArchiveEntry entry, string target)
    {
        // Backslashes count as separators whatever the grader runs on: on Windows "..\x" climbs out.
        var name = entry.FullName.Replace('\\', '/');
        var segments = name.Split('/');
        var suspicious = name.Length == 0
            || name.StartsWith('/')
            || name.Contains(':', StringComparison.Ordinal)
            || name.Contains('\0', StringComparison.Ordinal)
            || segments.Any(segment => segment == "..");
        if (!suspicious)
        {
            var destination = Path.GetFullPath(Path.Combine(target, Path.Combine(segments)));
            if (destination == target || destination.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return destination;
            }
        }

        throw Refused(zipName, $"its entry '{entry.FullName}' would be written outside the folder it is unpacked into");
    }

    private static bool IsFolder(string zipName, ZipArchiveEntry entry)
    {
        var type = (entry.ExternalAttributes >> 16) & FileTypeMask;
        if (type == SymbolicLink)
        {
            throw Refused(zipName, $"its entry '{entry.FullName}' is a symbolic link; a submission holds only files and folders");
        }

        if (type is not (0 or RegularFile or Folder))
        {
            throw Refused(zipName, $"its entry '{entry.FullName}' is neither a file nor a folder; a submission holds only files and folders");
        }

        return type == Folder || entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\');
    }

    private static long Copy(string zipName, ZipArchiveEntry entry, string destination, ZipLimits limits, long totalSoFar)
    {
        if (entry.Length > limits.MaxEntryBytes)
        {
            throw TooLarge(zipName, entry, limits);
        }

        if (File.Exists(destination) || Directory.Exists(destination))
        {
            throw Refused(zipName, $"its entry '{entry.FullName}' appears twice");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        using var source = entry.Open();
        using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write);
        var buffer = new byte[BufferSize];
        long written = 0;
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            written += read;
            if (written > limits.MaxEntryBytes)
            {
                throw TooLarge(zipName, entry, limits);
            }

            if (totalSoFar + written > limits.MaxTotalBytes)
            {
                throw Refused(zipName, $"it unpacks to more than {Size(limits.MaxTotalBytes)} in all, the most a submission may hold");
            }

            if (written > RatioJudgedAbove && written > limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
            {
                throw Refused(
                    zipName,
                    $"its entry '{entry.FullName}' expands more than {limits.MaxCompressionRatio.ToString(CultureInfo.InvariantCulture)}:1 when unpacked, as zip bombs do; no source file compresses that well");
            }

            output.Write(buffer, 0, read);
        }

        return written;
    }

    private static SubmissionException TooLarge(string zipName, ZipArchiveEntry entry, ZipLimits limits) =>
        Refused(zipName, $"its entry '{entry.FullName}' unpacks to more than {Size(limits.MaxEntryBytes)}, the most one file may hold");

    private static SubmissionException Refused(string zipName, string reason) =>
        new($"{zipName} was refused: {reason}.");

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
