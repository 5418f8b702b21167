using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Authoring;

/// <summary>Everything in katas/ that is made from solutions/: the learners' stubs and the tests' reference values.</summary>
public static class GeneratedCourse
{
    /// <summary>Every generated file as the generator would write it.</summary>
    public static IReadOnlyList<GeneratedFile> Generate(CourseLayout course) =>
        [.. KataStubs.Generate(course), ReferenceValuesGenerator.Generate(course)];

    /// <summary>The generated files whose text on disk differs (or that are missing).</summary>
    public static IReadOnlyList<GeneratedFile> Drifted(CourseLayout course) =>
        [.. Generate(course).Where(file => !File.Exists(file.StubPath) || File.ReadAllText(file.StubPath) != file.Text)];

    /// <summary>Writes every generated file whose text differs; returns the ones written.</summary>
    public static IReadOnlyList<GeneratedFile> Write(CourseLayout course)
    {
        var changed = Drifted(course);
        foreach (var file in changed)
        {
            File.WriteAllText(file.StubPath, file.Text);
        }

        return changed;
    }
}
