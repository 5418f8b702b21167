using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using NeuralKatas.Grader.Json;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// How many hints of each kata a learner has seen, so `hint` reveals the next one each time.
/// Kept outside the repository, in the user's local application-data folder (one file per clone),
/// because it is not progress and not the learner's to edit: a missing or unreadable file only
/// starts the hints again from the first (see <see cref="UserDataFolder"/>).
/// </summary>
public sealed class HintStore
{
    private readonly string file;

    /// <summary>The hint counts of the clone at <paramref name="repositoryRoot"/>.</summary>
    public HintStore(string repositoryRoot)
    {
        var clone = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(repositoryRoot))))[..16];
        file = Path.Combine(UserDataFolder.Path, $"hints-{clone}.json");
    }

    /// <summary>The file the counts are kept in.</summary>
    public string FilePath => file;

    /// <summary>How many hints of <paramref name="kataId"/> have been shown.</summary>
    public int Seen(string kataId) => Read().GetValueOrDefault(kataId);

    /// <summary>Records that <paramref name="count"/> hints of <paramref name="kataId"/> have been shown (never fewer than before).</summary>
    public void MarkSeen(string kataId, int count)
    {
        var counts = Read();
        if (counts.GetValueOrDefault(kataId) >= count)
        {
            return;
        }

        counts[kataId] = count;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, JsonSerializer.Serialize(counts, GraderJson.Default));
        }
        catch (IOException)
        {
            // A read-only home only means the next `hint` starts again from the first hint.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    /// <summary>Forgets every hint seen for <paramref name="kataId"/>, so `hint` starts again from the first.</summary>
    public void Forget(string kataId)
    {
        var counts = Read();
        if (counts.Remove(kataId))
        {
            File.WriteAllText(file, JsonSerializer.Serialize(counts, GraderJson.Default));
        }
    }

    private Dictionary<string, int> Read()
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(file), GraderJson.Default) ?? [];
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            return [];
        }
    }
}
