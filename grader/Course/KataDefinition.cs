namespace NeuralKatas.Grader.Course;

/// <summary>One kata as the manifest (katas/katas.json) declares it. Paths are relative to the kata's folder.</summary>
/// <param name="Id">The kata's folder name, for example 01-sigmoid; also its order.</param>
/// <param name="Title">The title learners see.</param>
/// <param name="Teaches">One sentence: what the kata teaches.</param>
/// <param name="LearnerFiles">The C# files the learner writes.</param>
/// <param name="FSharpFiles">The same code's F# files, for a learner who solves the kata in F#.</param>
/// <param name="TestFiles">The C# NUnit tests, which grade either language.</param>
/// <param name="Points">The kata's points, shared equally among its tests.</param>
/// <param name="Hints">Hints from vague to specific, revealed one at a time.</param>
public sealed record KataDefinition(
    string Id,
    string Title,
    string Teaches,
    IReadOnlyList<string> LearnerFiles,
    [property: System.Text.Json.Serialization.JsonPropertyName("fsharpFiles")] IReadOnlyList<string> FSharpFiles,
    IReadOnlyList<string> TestFiles,
    int Points,
    IReadOnlyList<string> Hints)
{
    /// <summary>The learner files of this kata in <paramref name="language"/>.</summary>
    public IReadOnlyList<string> FilesIn(KataLanguage language) => language == KataLanguage.FSharp ? FSharpFiles : LearnerFiles;
}
