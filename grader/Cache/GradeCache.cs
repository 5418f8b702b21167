using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using NeuralKatas.Grader.Json;

namespace NeuralKatas.Grader.Cache;

/// <summary>
/// Files of JSON kept by a hash of everything that made them (the grader's own build is part of
/// every key): the learner's kata grades (<see cref="StoredGrades"/>), so a learner's command that
/// finds nothing changed answers without starting a compiler or a worker: the same inputs give
/// the same result, as an incremental build does. Only the learner's own katas use it
/// (<see cref="Pipeline.GradeOptions.Cache"/>): the folder is writable by code run without the
/// sandbox, so a stored entry is trusted only by the one whose code it is.
/// A missing, unreadable or damaged entry is a miss, never an error; the oldest entries go once
/// the folder holds more than its limit (<see cref="DefaultMaxBytes"/>).
/// </summary>
/// <param name="folder">The folder the entries are kept in.</param>
/// <param name="maxBytes">How much the folder may hold before the least recently used entries are deleted.</param>
public sealed class GradeCache(string folder, long maxBytes = GradeCache.DefaultMaxBytes)
{
    /// <summary>The user's cache holds at most this much: thousands of graded versions of the five katas.</summary>
    public const long DefaultMaxBytes = 64L << 20;

    /// <summary>The folder the entries are kept in.</summary>
    public string Folder => folder;

    /// <summary>The cache of the user's data folder (see <see cref="Learner.UserDataFolder"/>).</summary>
    public static GradeCache ForUser() => new(Path.Combine(Learner.UserDataFolder.Path, "cache"));

    /// <summary>The key of an entry made from <paramref name="parts"/> by this build of the grader.</summary>
    public static string Key(string kind, params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts.Prepend(kind).Prepend(BuildIdentity.Current))
        {
            // Each part's length goes first, so no two lists of parts hash alike.
            var bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }

        return $"{kind}-{Convert.ToHexStringLower(hash.GetHashAndReset())}";
    }

    /// <summary>The value stored under <paramref name="key"/>, or null.</summary>
    public T? Read<T>(string key)
        where T : class
    {
        var file = Path.Combine(folder, key + ".json");
        try
        {
            var value = JsonSerializer.Deserialize<T>(File.ReadAllBytes(file), GraderJson.Default);
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
            return value;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>; a folder that cannot be written only means no cache.</summary>
    public void Write<T>(string key, T value) => Write([KeyValuePair.Create(key, value)]);

    /// <summary>Stores each entry; a folder that cannot be written only means no cache.</summary>
    /// <remarks>The folder is trimmed once for them all: trimming reads every entry's date, and a grade keeps one entry a kata.</remarks>
    public void Write<T>(IReadOnlyCollection<KeyValuePair<string, T>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (key, value) in entries)
            {
                var temporary = Path.Combine(folder, $"{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
                File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(value, GraderJson.Default));

                // Renaming is atomic: another grader reading this key sees the whole entry or none.
                File.Move(temporary, Path.Combine(folder, key + ".json"), overwrite: true);
            }

            Trim();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
        }
    }

    private void Trim()
    {
        var entries = new DirectoryInfo(folder).GetFiles().OrderByDescending(file => file.LastWriteTimeUtc).ToList();
        var kept = 0L;
        foreach (var entry in entries)
        {
            kept += entry.Length;
            if (kept > maxBytes || (entry.Extension == ".tmp" && entry.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)))
            {
                entry.Delete();
            }
        }
    }
}
