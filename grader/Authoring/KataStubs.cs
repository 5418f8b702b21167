using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Authoring;

/// <summary>Every stub in katas/ as the generator makes it from solutions/ (<see cref="GeneratedCourse"/> writes them).</summary>
public static class KataStubs
{
    /// <summary>The stubs for every learner file the manifest declares.</summary>
    public static IReadOnlyList<GeneratedFile> Generate(CourseLayout course) =>
        course.Manifest.Katas
            .SelectMany(kata => kata.LearnerFiles.Concat(kata.FSharpFiles).Select(file =>
            {
                var solution = Path.Combine(course.SolutionsDirectory, kata.Id, file);
                var stub = Path.Combine(course.KataDirectory(kata), file);
                var learnerPath = Path.GetRelativePath(course.Root, stub).Replace('\\', '/');
                return new GeneratedFile(solution, stub, StubGenerator.Generate(File.ReadAllText(solution), learnerPath));
            }))
            .ToList();
}
