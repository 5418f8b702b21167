using System.Text;

namespace NeuralKatas.Grader.Loading;

/// <summary>
/// What a learner file must be before the grader reads it as source: small (<see cref="MaxBytes"/>)
/// and text (UTF-8, no NUL characters). Anything else is not a kata's code, and reading it whole
/// (a file of gigabytes, a binary) would cost the grader rather than the learner.
/// </summary>
public static class LearnerFileCheck
{
    /// <summary>The largest learner file graded: the reference solutions' largest is under 10 KiB.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The diagnostic id of a learner file that is too big or not text.</summary>
    public const string DiagnosticId = "NK0002";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Why the file at <paramref name="path"/> cannot be graded, in words naming it as <paramref name="displayPath"/>; null when it can.</summary>
    public static string? Problem(string path, string displayPath)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            return $"{displayPath} is {length / 1024} KiB; a kata's file may be at most {MaxBytes / 1024} KiB. Keep only your solution in it.";
        }

        var bytes = File.ReadAllBytes(path);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return $"{displayPath} is not a text file (it holds NUL bytes). Save it as UTF-8 text.";
        }

        try
        {
            StrictUtf8.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException)
        {
            return $"{displayPath} is not UTF-8 text. Save it as UTF-8.";
        }
    }
}
