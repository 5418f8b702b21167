using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.ClassReport;

/// <summary>One student's grade and the C# learner files the similarity check compares.</summary>
/// <param name="Report">The grade, as the gradebook holds it.</param>
/// <param name="Sources">The learner's own C# files; empty when the submission could not be read.</param>
public sealed record StudentWork(GradeReport Report, IReadOnlyList<LearnerSource> Sources);
