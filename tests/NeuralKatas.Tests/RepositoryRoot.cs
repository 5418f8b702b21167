using NeuralKatas.Grader.Course;

namespace NeuralKatas.Tests;

/// <summary>The repository these tests belong to, found from the test's own folder.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<CourseLayout> Layout = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "katas", Manifest.FileName)))
            {
                return CourseLayout.At(folder.FullName);
            }
        }

        throw new DirectoryNotFoundException($"No katas/{Manifest.FileName} above {AppContext.BaseDirectory}.");
    });

    /// <summary>The course: manifest, katas, solutions.</summary>
    public static CourseLayout Course => Layout.Value;
}
