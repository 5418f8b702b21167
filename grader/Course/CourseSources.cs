using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Grader.Course;

/// <summary>The source files that go into compiling a kata, found through the manifest.</summary>
public static class CourseSources
{
    /// <summary>The given library and the test support: every kata compiles with them.</summary>
    public static IReadOnlyList<SourceFile> Library(CourseLayout course) =>
        new[] { course.GivenDirectory, course.TestSupportDirectory }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(folder, path))
                .Order(StringComparer.Ordinal))
            .Select(path => SourceFile.Read(path, Display(course.Root, path)))
            .ToList();

    /// <summary>The kata's tests, always from the course, never from a submission.</summary>
    public static IReadOnlyList<SourceFile> Tests(CourseLayout course, KataDefinition kata) =>
        kata.TestFiles
            .Select(file => Path.Combine(course.KataDirectory(kata), file))
            .Select(path => SourceFile.Read(path, Display(course.Root, path)))
            .ToList();

    /// <summary>
    /// The learner's files of this kata and every kata before it, the network being one body of
    /// code written across the steps. <paramref name="rootOf"/> says which folder each step's files
    /// come from: the submission's katas folder, or solutions/ for the steps graded in isolation.
    /// </summary>
    public static IReadOnlyList<SourceFile> Learner(CourseLayout course, KataDefinition kata, Func<KataDefinition, string> rootOf) =>
        course.Manifest.UpTo(kata).SelectMany(step => StepFiles(step, rootOf(step), KataLanguage.CSharp)).ToList();

    /// <summary>One step's own learner files in <paramref name="language"/>, from <paramref name="root"/> (the folder holding the kata folders), named as the learner knows them.</summary>
    public static IReadOnlyList<SourceFile> StepFiles(KataDefinition step, string root, KataLanguage language) =>
        step.FilesIn(language)
            .Select(file => Path.Combine(root, step.Id, file))
            .Select(path => SourceFile.Read(path, LearnerDisplayPath(root, path)))
            .ToList();

    /// <summary>A learner file's path as the learner knows it (katas/01-sigmoid/Activation.cs): relative to the folder above <paramref name="root"/>.</summary>
    public static string LearnerDisplayPath(string root, string path) =>
        Display(Path.GetDirectoryName(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar))!, path);

    private static bool IsBuildOutput(string folder, string path)
    {
        var first = Path.GetRelativePath(folder, path).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    private static string Display(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
