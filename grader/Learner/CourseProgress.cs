using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// How far a learner is along the path, as the grader sees it: the latest grade of every kata.
/// Nothing here is stored; it is rebuilt from grading, so there is no state file to corrupt.
/// </summary>
/// <param name="Katas">The manifest's katas, in order.</param>
/// <param name="Grades">The latest grade of each kata, by id.</param>
public sealed record CourseProgress(IReadOnlyList<KataDefinition> Katas, IReadOnlyDictionary<string, KataGrade> Grades)
{
    /// <summary>How many katas pass.</summary>
    public int Passed => Katas.Count(IsPassed);

    /// <summary>The first kata that does not pass yet, or null when every kata passes.</summary>
    public KataDefinition? Current => Katas.FirstOrDefault(kata => !IsPassed(kata));

    /// <summary>The current kata's grade, or null when every kata passes.</summary>
    public KataGrade? CurrentGrade => Current is null ? null : Grades[Current.Id];

    /// <summary>True when the kata's latest grade is a pass.</summary>
    public bool IsPassed(KataDefinition kata) => Grades.TryGetValue(kata.Id, out var grade) && grade.Status == KataStatus.Passed;

    /// <summary>This progress with some katas' grades replaced by newer ones.</summary>
    public CourseProgress With(IEnumerable<KataGrade> newer)
    {
        var grades = new Dictionary<string, KataGrade>(Grades);
        foreach (var grade in newer)
        {
            grades[grade.Id] = grade;
        }

        return this with { Grades = grades };
    }
}
