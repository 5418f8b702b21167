using NeuralKatas.Grader.Authoring;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Loading;

/// <summary>
/// Decides whether a submission's kata is written in C# or F#. A clone of the repository has
/// both stubs; the learner works in one of them. The language chosen is the one whose files
/// exist and have fewer TODOs left (the generated stubs throw with <see cref="StubGenerator.TodoMarker"/>),
/// C# on a tie. No state file, no guessing from file names beyond the manifest's.
/// </summary>
public static class LanguageDetector
{
    /// <summary>The language to grade <paramref name="kata"/> of the submission at <paramref name="katasRoot"/> in.</summary>
    public static KataLanguage Detect(KataDefinition kata, string katasRoot)
    {
        var csharp = TodosLeft(kata, KataLanguage.CSharp, katasRoot);
        var fsharp = TodosLeft(kata, KataLanguage.FSharp, katasRoot);
        return fsharp < csharp ? KataLanguage.FSharp : KataLanguage.CSharp;
    }

    // Missing files count as all TODOs left, so a language whose files are absent never wins; a
    // file too big or not text counts as fewer than none, so grading reports it (LearnerFileCheck).
    private static int TodosLeft(KataDefinition kata, KataLanguage language, string katasRoot)
    {
        var files = kata.FilesIn(language).Select(file => Path.Combine(katasRoot, kata.Id, file)).ToList();
        if (files.Count == 0 || !files.All(File.Exists))
        {
            return int.MaxValue;
        }

        return files.Any(file => LearnerFileCheck.Problem(file, file) is not null)
            ? -1
            : files.Sum(file => CountOf(File.ReadAllText(file), StubGenerator.TodoMarker));
    }

    private static int CountOf(string text, string marker) => text.Split(marker).Length - 1;
}
