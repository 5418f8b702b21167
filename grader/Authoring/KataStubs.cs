using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Authoring;

/// <summary>Every stub in katas/ as the generator makes it from solutions/, and the command that writes them.</summary>
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

    /// <summary>Writes every stub whose text differs; returns the ones written.</summary>
    public static IReadOnlyList<GeneratedFile> Write(CourseLayout course)
    {
        var changed = Generate(course)
            .Where(file => !File.Exists(file.StubPath) || File.ReadAllText(file.StubPath) != file.Text)
            .ToList();
        foreach (var file in changed)
        {
            File.WriteAllText(file.StubPath, file.Text);
        }

        return changed;
    }
}
