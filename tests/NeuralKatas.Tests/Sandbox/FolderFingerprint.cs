using System.Security.Cryptography;

namespace NeuralKatas.Tests.Sandbox;

/// <summary>Every file under a folder with a hash of its content, to show that nothing in it changed.</summary>
public static class FolderFingerprint
{
    /// <summary>Relative path and SHA-256 of every file under <paramref name="folder"/>, except those under <paramref name="except"/>.</summary>
    public static IReadOnlyList<string> Of(string folder, string? except = null) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => except is null || !path.StartsWith(except + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => $"{Path.GetRelativePath(folder, path)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))}")];
}
