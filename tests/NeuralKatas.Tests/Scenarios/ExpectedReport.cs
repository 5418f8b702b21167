using System.Text;
using System.Text.RegularExpressions;
using NeuralKatas.Tests.Reporting;

namespace NeuralKatas.Tests.Scenarios;

/// <summary>
/// A scenario's expected report, compared byte for byte; rewritten instead under the same switch
/// as the reporters' golden files (<see cref="ExpectedFile.Updating"/>: NEURALKATAS_UPDATE_EXPECTED=1, ignored when CI=true).
/// </summary>
public static partial class ExpectedReport
{
    /// <summary>
    /// <paramref name="json"/> with every decimal number inside a test's message replaced by #, and
    /// the entry a message points at ("at [1, 0]") too: for a submission whose output is random, the
    /// message's words are compared, not the values it quotes or where the largest difference fell.
    /// Points and scores, outside the messages, are left as they are.
    /// </summary>
    public static string WithoutNumbersInMessages(string json) =>
        MessageLine().Replace(json, line => Entry().Replace(DecimalNumber().Replace(line.Value, "#"), "at [#, #]"));

    /// <summary>Asserts that <paramref name="actual"/> is exactly the file at <paramref name="path"/>, or writes it when updating.</summary>
    public static void AssertMatches(string path, string actual)
    {
        if (ExpectedFile.Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.That(File.Exists(path), Is.True,
            $"No expected report {path}. Run the tests with NEURALKATAS_UPDATE_EXPECTED=1 to write it, then review it.");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path, Encoding.UTF8)),
            $"The report differs from {path}. If the change is intended, rerun with NEURALKATAS_UPDATE_EXPECTED=1 and review the diff.");
    }

    [GeneratedRegex("^ *\"message\": .*$", RegexOptions.Multiline)]
    private static partial Regex MessageLine();

    [GeneratedRegex(@"at \[\d+, \d+\]")]
    private static partial Regex Entry();

    [GeneratedRegex(@"-?\d+\.\d+(e[+-]?\d+)?", RegexOptions.IgnoreCase)]
    private static partial Regex DecimalNumber();
}
