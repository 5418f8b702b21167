using System.Globalization;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Reporting.Internal;

namespace NeuralKatas.Grader.Commands;

/// <summary>
/// Finds a kata from any unambiguous part of its id, as a learner types it: `4`, `04`,
/// `backprop`, `04-backprop`. A number is the kata's number; any other text is matched against
/// the ids, in any case.
/// </summary>
public static class KataName
{
    /// <summary>The kata <paramref name="text"/> names, or null with the reason in words (unknown or ambiguous, listing the katas).</summary>
    public static (KataDefinition? Kata, string? Error) Find(Manifest manifest, string text)
    {
        var wanted = text.Trim();
        var exact = manifest.Katas.FirstOrDefault(kata => string.Equals(kata.Id, wanted, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return (exact, null);
        }

        var matches = int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? manifest.Katas.Where(kata => Number(kata) == number).ToList()
            : manifest.Katas.Where(kata => wanted.Length > 0 && kata.Id.Contains(wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        var ids = manifest.Katas.Select(kata => kata.Id);
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, Advice.NoSuchKata(text, ids)),
            _ => (null, Advice.AmbiguousKata(text, matches.Select(kata => kata.Id), ids)),
        };
    }

    // The leading digits of an id such as 04-backprop; -1 for an id without them.
    private static int Number(KataDefinition kata)
    {
        var digits = new string([.. kata.Id.TakeWhile(char.IsAsciiDigit)]);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
    }
}
