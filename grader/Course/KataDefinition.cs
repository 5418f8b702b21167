namespace NeuralKatas.Grader.Course;

/// <summary>One kata as the manifest (katas/katas.json) declares it. Paths are relative to the kata's folder.</summary>
public sealed record KataDefinition(
    string Id,
    string Title,
    string Teaches,
    IReadOnlyList<string> LearnerFiles,
    IReadOnlyList<string> TestFiles,
    int Points,
    IReadOnlyList<string> Hints);
