using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.Classroom;

/// <summary>Kata grades made by the grader's own Scorer, so the points are exactly what grading gives.</summary>
public static class Grades
{
    /// <summary>A kata of <paramref name="points"/> whose first <paramref name="passed"/> of <paramref name="total"/> tests pass.</summary>
    public static KataGrade Ran(string id, int points, int passed, int total, JobEnd end = JobEnd.Completed, string message = "Expected σ′(4) = 0.0177, got 0.198: σ′(σ(z)).")
    {
        var outcomes = Enumerable.Range(1, total)
            .Select(i => new TestOutcome("Fixture", $"Test_{i}", $"Test_{i}", i <= passed ? TestStatus.Passed : TestStatus.Failed, i <= passed ? string.Empty : message, TimeSpan.FromMilliseconds(3)))
            .ToList();
        var error = end == JobEnd.Completed ? null : "The tests ran past the time limit of 10 s and were stopped.";
        return Scorer.Score(Definition(id, points), new JobResult(new KataJob(id, [], [], [], null), end, outcomes, error), null, _ => false);
    }

    /// <summary>A kata that does not compile.</summary>
    public static KataGrade DoesNotCompile(string id, int points) =>
        Scorer.NotRun(Definition(id, points), KataStatus.CompileError,
            [new CompileDiagnostic($"katas/{id}/File.cs", 12, 5, "CS1002", "; expected")], $"{id} does not compile: fix the errors at the lines shown.");

    /// <summary>The course's katas, each with <paramref name="tests"/>[i] tests of which <paramref name="passed"/>[i] pass.</summary>
    public static GradeReport Course(int[] passed, int[] tests) =>
        new("student", [.. RepositoryRoot.Course.Manifest.Katas.Select((kata, i) => Ran(kata.Id, kata.Points, passed[i], tests[i]))], null);

    private static KataDefinition Definition(string id, int points) => new(id, $"Title of {id}", string.Empty, ["File.cs"], ["fsharp/File.fs"], ["Tests/FileTests.cs"], points, []);
}
