using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Compilation;

/// <summary>One kata's learner code, in the language it was written in.</summary>
/// <param name="Language">C# or F#.</param>
/// <param name="Files">The kata's learner files, named as the learner knows them.</param>
public sealed record LearnerStep(KataLanguage Language, IReadOnlyList<SourceFile> Files);
