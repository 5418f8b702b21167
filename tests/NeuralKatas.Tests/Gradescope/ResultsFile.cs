using System.Text.Json;

namespace NeuralKatas.Tests.Gradescope;

/// <summary>
/// A results.json checked against Gradescope's autograder specification
/// (gradescope-autograders.readthedocs.io/en/latest/specs/): a top-level score, and tests each with a
/// name, score, max_score, status ("passed" or "failed"), output and one of the four visibilities.
/// </summary>
public sealed class ResultsFile
{
    private static readonly string[] Visibilities = ["hidden", "after_due_date", "after_published", "visible"];

    private ResultsFile(JsonElement root) => Root = root;

    /// <summary>The document.</summary>
    public JsonElement Root { get; }

    /// <summary>The top-level score.</summary>
    public double Score => Root.GetProperty("score").GetDouble();

    /// <summary>The tests, in order.</summary>
    public IReadOnlyList<JsonElement> Tests => [.. Root.GetProperty("tests").EnumerateArray()];

    /// <summary>The sum of the tests' scores whose name starts with <paramref name="kataId"/>.</summary>
    public double KataScore(string kataId) =>
        Tests.Where(test => test.GetProperty("name").GetString()!.StartsWith(kataId + ":", StringComparison.Ordinal)).Sum(test => test.GetProperty("score").GetDouble());

    /// <summary>Reads <paramref name="path"/> and checks every field the specification defines.</summary>
    public static ResultsFile Read(string path)
    {
        Assert.That(path, Does.Exist, "Gradescope shows nothing without results.json.");
        var root = JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("score").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(root.GetProperty("output").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(root.GetProperty("visibility").GetString(), Is.AnyOf(Visibilities));
            foreach (var test in root.GetProperty("tests").EnumerateArray())
            {
                Assert.That(test.GetProperty("name").GetString(), Is.Not.Empty);
                Assert.That(test.GetProperty("score").GetDouble(), Is.InRange(0, test.GetProperty("max_score").GetDouble()));
                Assert.That(test.GetProperty("status").GetString(), Is.AnyOf("passed", "failed"));
                Assert.That(test.GetProperty("output").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(test.GetProperty("visibility").GetString(), Is.AnyOf(Visibilities));
            }
        });
        return new ResultsFile(root);
    }
}
