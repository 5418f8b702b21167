using System.Text.Json;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Tests.Mutations;

/// <summary>One catalogued learner mistake, written as edits to a reference solution file.</summary>
/// <param name="Id">A short name for the test's display.</param>
/// <param name="Mistake">The mistake in words.</param>
/// <param name="Kata">The kata whose solution file is edited.</param>
/// <param name="File">The learner file, relative to the kata folder: one of the kata's C# files, or of its F# files (fsharp/…).</param>
/// <param name="Replacements">Exact-text edits; each find must occur exactly once.</param>
/// <param name="CaughtBy">The kata whose tests must fail.</param>
/// <param name="Names">
/// The id of the catalogued mistake (katas/TestSupport/Mistakes*.cs) the first failing test must
/// name, or empty for a mistake no entry describes: then it must name none, since a wrong name
/// misleads more than none.
/// </param>
public sealed record Mutation(string Id, string Mistake, string Kata, string File, IReadOnlyList<Replacement> Replacements, string CaughtBy, string Names)
{
    /// <summary>The language the mistake is written in, and every kata is graded in: F# when <see cref="File"/> is one of the kata's F# files.</summary>
    public KataLanguage LanguageIn(Manifest manifest) =>
        manifest.Find(Kata).FSharpFiles.Contains(File, StringComparer.Ordinal) ? KataLanguage.FSharp : KataLanguage.CSharp;

    /// <summary>The mistakes of a file laid out as mutations.json: {"mutations": [...]}.</summary>
    public static IReadOnlyList<Mutation> ReadAll(string path)
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        return document.RootElement.GetProperty("mutations").Deserialize<List<Mutation>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>The solution text with every replacement applied.</summary>
    public string ApplyTo(string solution) =>
        Replacements.Aggregate(solution, (text, edit) =>
        {
            var count = text.Split(edit.Find).Length - 1;
            return count == 1
                ? text.Replace(edit.Find, edit.Replace, StringComparison.Ordinal)
                : throw new InvalidOperationException($"Mutation '{Id}' no longer applies: \"{edit.Find}\" occurs {count} times in {Kata}/{File}, not once.");
        });
}
