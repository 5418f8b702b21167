using System.Text;

namespace NeuralKatas.Tests.Reporting;

/// <summary>
/// Golden files under Reporting/Expected, compared byte for byte. Set NEURALKATAS_UPDATE_EXPECTED=1
/// to write them instead (then review the diff); on CI (CI=true) the switch is ignored, so a stale
/// or missing file always fails there rather than being quietly rewritten.
/// </summary>
public static class ExpectedFile
{
    /// <summary>The folder of golden files, in the source tree rather than the build output.</summary>
    public static string Folder => Path.Combine(RepositoryRoot.Course.Root, "tests/NeuralKatas.Tests/Reporting/Expected");

    /// <summary>True when NEURALKATAS_UPDATE_EXPECTED=1 and not on CI: golden files are written, not compared.</summary>
    public static bool Updating =>
        Environment.GetEnvironmentVariable("NEURALKATAS_UPDATE_EXPECTED") == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Asserts that <paramref name="actual"/> is exactly the golden file <paramref name="name"/>, or writes it when updating.</summary>
    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Updating)
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.That(File.Exists(path), Is.True,
            $"No expected file {path}. Run the tests with NEURALKATAS_UPDATE_EXPECTED=1 to write it, then review it.");
        var expected = File.ReadAllText(path, Encoding.UTF8);
        Assert.That(actual, Is.EqualTo(expected),
            $"The output differs from {path}. If the change is intended, rerun with NEURALKATAS_UPDATE_EXPECTED=1 and review the diff.");
    }
}
