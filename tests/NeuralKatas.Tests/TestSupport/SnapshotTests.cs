using NeuralKatas.Testing;

namespace NeuralKatas.Tests.TestSupport;

/// <summary>The kata tests' snapshot check: tolerant of rounding, strict about everything else, never silent.</summary>
[TestFixture]
[NonParallelizable]
public sealed class SnapshotTests
{
    private DirectoryInfo folder = null!;
    private object? previousFolder;

    [SetUp]
    public void PointSnapshotsAtAnEmptyFolder()
    {
        folder = Directory.CreateTempSubdirectory("neuralkatas-snapshots-");
        previousFolder = AppContext.GetData(Snapshot.DirectoryKey);
        AppContext.SetData(Snapshot.DirectoryKey, folder.FullName);
    }

    [TearDown]
    public void RestoreTheSnapshotFolder()
    {
        AppContext.SetData(Snapshot.DirectoryKey, previousFolder);
        folder.Delete(recursive: true);
    }

    [Test]
    public void A_missing_snapshot_fails_and_is_not_written()
    {
        Assert.That(() => Snapshot.AssertMatches("absent", new Dictionary<string, double> { ["x"] = 1 }, 1e-6, "n/a"),
            Throws.TypeOf<AssertionException>().With.Message.Contains("is missing"));
        Assert.That(folder.GetFiles(), Is.Empty);
    }

    [Test]
    public void Values_within_the_tolerance_match()
    {
        Write("near", """{ "values": { "a": 0.5, "b": -2 } }""");

        Assert.That(() => Snapshot.AssertMatches("near", new Dictionary<string, double> { ["a"] = 0.5 + 4e-7, ["b"] = -2 - 4e-7 }, 1e-6, "n/a"), Throws.Nothing);
    }

    [Test]
    public void A_value_beyond_the_tolerance_fails_naming_it_and_the_likely_cause()
    {
        Write("far", """{ "values": { "a": 0.5, "b": -2 } }""");

        Assert.That(() => Snapshot.AssertMatches("far", new Dictionary<string, double> { ["a"] = 0.5, ["b"] = -2.01 }, 1e-6, "the loop is off"),
            Throws.TypeOf<AssertionException>().With.Message.Contains("b: expected -2, got -2.01").And.Message.Contains("the loop is off").And.Message.Not.Contains("a: "));
    }

    [Test]
    public void A_missing_or_extra_value_fails()
    {
        Write("keys", """{ "values": { "a": 1 } }""");

        Assert.That(() => Snapshot.AssertMatches("keys", new Dictionary<string, double> { ["c"] = 1 }, 1e-6, "n/a"),
            Throws.TypeOf<AssertionException>().With.Message.Contains("a: missing from your results").And.Message.Contains("c: not in the snapshot"));
    }

    [Test]
    public void NaN_never_matches()
    {
        Write("nan", """{ "values": { "a": 1 } }""");

        Assert.That(() => Snapshot.AssertMatches("nan", new Dictionary<string, double> { ["a"] = double.NaN }, 1e-6, "n/a"),
            Throws.TypeOf<AssertionException>());
    }

    private void Write(string name, string json) => File.WriteAllText(Path.Combine(folder.FullName, name + ".snapshot.json"), json);
}
