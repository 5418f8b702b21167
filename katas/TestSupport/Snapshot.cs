using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NeuralKatas.Testing;

/// <summary>
/// A small snapshot check with a numeric tolerance (Verify.NUnit is not served by our package
/// registry, and Snapshooter compares JSON text exactly and writes a missing snapshot silently).
/// A snapshot is a JSON file of named numbers, made once from the reference solution. A missing
/// snapshot fails; it is written only when NEURALKATAS_UPDATE_SNAPSHOTS=1 is set outside CI.
/// </summary>
public static class Snapshot
{
    /// <summary>The AppContext key (or assembly metadata key) naming the folder snapshots live in.</summary>
    public const string DirectoryKey = "NeuralKatas.SnapshotDirectory";

    /// <summary>The environment variable that allows writing snapshots.</summary>
    public const string UpdateVariable = "NEURALKATAS_UPDATE_SNAPSHOTS";

    /// <summary>Fails unless every value is within <paramref name="tolerance"/> of the snapshot's value of the same name.</summary>
    public static void AssertMatches(string name, IReadOnlyDictionary<string, double> actual, double tolerance, string likelyCause)
    {
        var path = Path.Combine(Folder(), name + ".snapshot.json");
        if (UpdateRequested())
        {
            Write(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            throw Lesson.Failure($"The reference snapshot {path} is missing, so there is nothing to compare your trained network with. " +
                $"Snapshots are never written silently: a maintainer makes it from the reference solution with {UpdateVariable}=1 (outside CI).");
        }

        var expected = Read(path);
        var report = new StringBuilder();
        foreach (var key in expected.Keys.Union(actual.Keys))
        {
            var hasExpected = expected.TryGetValue(key, out var want);
            var hasActual = actual.TryGetValue(key, out var got);
            if (!hasExpected || !hasActual)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {key}: {(hasExpected ? "missing from your results" : "not in the snapshot")}");
            }
            else if (!(Math.Abs(want - got) <= tolerance))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {key}: expected {want:G8}, got {got:G8} (off by {Math.Abs(want - got):G3})");
            }
        }

        if (report.Length > 0)
        {
            throw Lesson.Failure($"Your trained network differs from the reference snapshot '{name}' by more than {tolerance:G3}:{Environment.NewLine}{report}Likely cause: {likelyCause}");
        }
    }

    private static bool UpdateRequested() =>
        Environment.GetEnvironmentVariable(UpdateVariable) == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string Folder()
    {
        if (AppContext.GetData(DirectoryKey) is string configured)
        {
            return configured;
        }

        var assembly = NUnit.Framework.Internal.TestExecutionContext.CurrentContext.CurrentTest.TypeInfo?.Assembly;
        var fromBuild = assembly?.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == DirectoryKey)?.Value;
        return fromBuild ?? throw new InvalidOperationException(
            $"No snapshot folder: set AppContext data '{DirectoryKey}' or build the kata project, which records it.");
    }

    private static Dictionary<string, double> Read(string path)
    {
        var values = JsonNode.Parse(File.ReadAllText(path))?["values"]?.AsObject()
            ?? throw new InvalidDataException($"{path} has no \"values\" object.");
        return values.ToDictionary(pair => pair.Key, pair => pair.Value!.GetValue<double>());
    }

    private static void Write(string path, IReadOnlyDictionary<string, double> values)
    {
        var document = new JsonObject
        {
            ["comment"] = "Made from the reference solution; compared within the tolerance the test states.",
            ["values"] = new JsonObject(values.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)JsonValue.Create(pair.Value)))),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
