using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// Which katas folders a running `watch` checks at each save: one small file per folder in the
/// user's data folder, holding the watch's process id while it runs. The grade server waits for
/// such a watch before it grades a save ahead, so the two never grade one save side by side on the
/// same cores (<see cref="Server.GradeAhead"/>).
/// </summary>
/// <param name="folder">The folder the marks are kept in.</param>
public sealed class WatchedFolders(string folder)
{
    /// <summary>The marks of the user's data folder (see <see cref="UserDataFolder"/>).</summary>
    public static WatchedFolders ForUser() => new(Path.Combine(UserDataFolder.Path, "watching"));

    /// <summary>Marks <paramref name="katasRoot"/> as watched by this process until the result is disposed.</summary>
    public IDisposable Mark(string katasRoot)
    {
        var file = FileOf(katasRoot);
        var id = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, id);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Unmarked, a save is only graded ahead a little sooner.
        }

        return new Marked(file, id);
    }

    /// <summary>True when a `watch` that is still running marked <paramref name="katasRoot"/>.</summary>
    public bool IsWatched(string katasRoot)
    {
        try
        {
            return int.TryParse(File.ReadAllText(FileOf(katasRoot)), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Execution.ProcessTree.IsRunning(id);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The file that marks <paramref name="katasRoot"/>.</summary>
    internal string FileOf(string katasRoot)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(katasRoot));
        return Path.Combine(folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..16]);
    }

    // Deletes the mark only while it is still this watch's: a second watch of the same folder may have taken it over.
    private sealed class Marked(string file, string id) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                if (File.Exists(file) && File.ReadAllText(file) == id)
                {
                    File.Delete(file);
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
