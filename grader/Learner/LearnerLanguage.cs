using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// The language a learner solves the katas in, kept in katas/language.txt (one word: csharp or
/// fsharp). katas/Directory.Build.props reads the same file for `dotnet test`, so the learner
/// verbs and `dotnet test katas/NN` always grade the same files; `-p:KataLanguage=…` and
/// `--language` override it for one run. A missing file means C#, as it does for `dotnet test`.
/// </summary>
public static class LearnerLanguage
{
    /// <summary>The setting's file name inside katas/.</summary>
    public const string FileName = "language.txt";

    /// <summary>The path of the setting in <paramref name="course"/>.</summary>
    public static string PathIn(CourseLayout course) => Path.Combine(course.KatasDirectory, FileName);

    /// <summary>The learner's language; an unreadable word is the learner's to fix, said in words.</summary>
    /// <exception cref="InvalidDataException">The file holds something other than csharp or fsharp.</exception>
    public static KataLanguage Read(CourseLayout course)
    {
        var path = PathIn(course);
        if (!File.Exists(path))
        {
            return KataLanguage.CSharp;
        }

        // Only the two words MSBuild compares against (case-insensitively, as MSBuild does), so
        // that nothing the grader accepts is read differently by `dotnet test`.
        var word = File.ReadAllText(path).Trim();
        return word.ToLowerInvariant() switch
        {
            "csharp" => KataLanguage.CSharp,
            "fsharp" => KataLanguage.FSharp,
            _ => throw new InvalidDataException($"katas/{FileName} says '{word}': write csharp or fsharp in it, nothing else."),
        };
    }

    /// <summary>csharp (c#, cs) or fsharp (f#, fs), in any case; null for anything else.</summary>
    public static KataLanguage? Parse(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "csharp" or "c#" or "cs" => KataLanguage.CSharp,
        "fsharp" or "f#" or "fs" => KataLanguage.FSharp,
        _ => null,
    };
}
