using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Loading;

/// <summary>
/// Turns what a learner handed in into a <see cref="Submission"/>: a clone of the repository, its
/// katas/ folder, a .zip of either (GitHub's "Download ZIP" wraps it in one more folder), or a
/// folder holding just one of those. The kata folders are found by the manifest's kata ids, never
/// by guessing file names.
/// </summary>
public static class SubmissionLoader
{
    // A student's folder holding GitHub's wrapped download is two folders above katas/'s parent.
    private const int MaxWrappingFolders = 2;

    // Folders that tools add beside the real content and that are never the submission:
    // macOS's Archive Utility adds __MACOSX/ to every zip it makes.
    private static readonly string[] IgnoredFolders = ["__MACOSX"];

    /// <summary>Loads the submission at <paramref name="path"/>, unpacking a zip within <see cref="ZipLimits.Default"/>.</summary>
    public static Submission Load(string path, Manifest manifest) => Load(path, manifest, ZipLimits.Default);

    /// <summary>
    /// Loads the submission at <paramref name="path"/>, or fails with a <see cref="SubmissionException"/>
    /// that says what is wrong with it.
    /// </summary>
    public static Submission Load(string path, Manifest manifest, ZipLimits limits)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(limits);

        var fullPath = Path.TrimEndingDirectorySeparator(FullPath(path));
        if (Directory.Exists(fullPath))
        {
            var katasRoot = FindKatasRoot(fullPath, path, manifest);
            RefuseSymbolicLinks(fullPath, katasRoot, path, manifest);
            return new Submission(NameOf(fullPath), katasRoot, TemporaryDirectory: null);
        }

        if (!File.Exists(fullPath))
        {
            throw new SubmissionException($"There is no file or folder at {path}.");
        }

        if (!string.Equals(Path.GetExtension(fullPath), ".zip", StringComparison.OrdinalIgnoreCase))
        {
            throw new SubmissionException(
                $"{path} is neither a folder nor a .zip file. A submission is a clone of the repository, its katas/ folder, or a .zip of either.");
        }

        var unpacked = Path.Combine(Path.GetTempPath(), "neuralkatas-" + Guid.NewGuid().ToString("N"));
        try
        {
            SafeZipExtractor.Extract(fullPath, unpacked, limits);
            return new Submission(Path.GetFileNameWithoutExtension(fullPath), FindKatasRoot(unpacked, path, manifest), unpacked);
        }
        catch
        {
            if (Directory.Exists(unpacked))
            {
                Directory.Delete(unpacked, recursive: true);
            }

            throw;
        }
    }

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new SubmissionException($"'{path}' is not a usable path: {error.Message}", error);
        }
    }

    private static string NameOf(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        return name.Length > 0 ? name : fullPath;
    }

    private static string FindKatasRoot(string folder, string shownAs, Manifest manifest)
    {
        for (var depth = 0; ; depth++)
        {
            if (HoldsKataFolders(folder, manifest))
            {
                return folder;
            }

            var katas = Path.Combine(folder, "katas");
            if (HoldsKataFolders(katas, manifest))
            {
                return katas;
            }

            var only = OnlySubfolder(folder);
            if (only is null || depth == MaxWrappingFolders)
            {
                var ids = string.Join(", ", manifest.Katas.Select(kata => kata.Id + "/"));
                throw new SubmissionException(
                    $"No kata folders found in {shownAs}: looked for {ids} in it, in a katas/ folder inside it, and inside a single folder wrapping either. "
                    + "A submission is a clone of the repository, its katas/ folder, or a .zip of either.");
            }

            folder = only;
        }
    }

    // A cloned repository can hold symbolic links (a zip's are refused on unpacking). A learner
    // file, or a folder on the way to one, linked to, say, the grader's hidden tests would be
    // compiled and quoted back in compile errors, so everything the grader reads must be the
    // submission's own: the submitted folder, the folders down to the kata folders, and every
    // learner file of either language with the folders it is in.
    private static void RefuseSymbolicLinks(string submitted, string katasRoot, string shownAs, Manifest manifest)
    {
        var linked = ReadPaths(submitted, katasRoot, manifest).FirstOrDefault(IsSymbolicLink);
        if (linked is not null)
        {
            var relative = Path.GetRelativePath(submitted, linked).Replace('\\', '/');
            var where = relative == "." ? shownAs : $"{relative} in {shownAs}";
            throw new SubmissionException(
                $"{where} is a symbolic link; a submission's folders and files must be ordinary folders and files, not links to elsewhere.");
        }
    }

    private static IEnumerable<string> ReadPaths(string submitted, string katasRoot, Manifest manifest)
    {
        for (var folder = katasRoot; folder.Length >= submitted.Length; folder = Path.GetDirectoryName(folder)!)
        {
            yield return folder;
        }

        foreach (var kata in manifest.Katas)
        {
            var kataFolder = Path.Combine(katasRoot, kata.Id);
            yield return kataFolder;
            foreach (var file in kata.LearnerFiles.Concat(kata.FSharpFiles))
            {
                var path = Path.Combine(kataFolder, file);
                for (var inner = Path.GetDirectoryName(path)!; inner.Length > kataFolder.Length; inner = Path.GetDirectoryName(inner)!)
                {
                    yield return inner;
                }

                yield return path;
            }
        }
    }

    // A link's own entry, whatever it points to (a folder, a file, nothing at all).
    private static bool IsSymbolicLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static bool HoldsKataFolders(string folder, Manifest manifest) =>
        Directory.Exists(folder) && manifest.Katas.Any(kata => Directory.Exists(Path.Combine(folder, kata.Id)));

    private static string? OnlySubfolder(string folder)
    {
        var subfolders = Directory.EnumerateDirectories(folder)
            .Where(sub => !Path.GetFileName(sub).StartsWith('.') && !IgnoredFolders.Contains(Path.GetFileName(sub)))
            .Take(2)
            .ToList();
        return subfolders.Count == 1 ? subfolders[0] : null;
    }
}
