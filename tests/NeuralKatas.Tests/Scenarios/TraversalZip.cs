using NeuralKatas.Tests.Loading;

namespace NeuralKatas.Tests.Scenarios;

/// <summary>A zip holding a complete, correct submission and one entry that climbs out of the folder it is unpacked into.</summary>
public static class TraversalZip
{
    /// <summary>The entry that climbs out.</summary>
    public const string EvilEntry = "../evil.cs";

    /// <summary>Writes the zip into <paramref name="folder"/> and returns its path.</summary>
    public static string WriteInto(string folder)
    {
        var course = RepositoryRoot.Course;
        var zip = new ZipBuilder();
        foreach (var kata in course.Manifest.Katas)
        {
            foreach (var file in kata.LearnerFiles)
            {
                zip.Add($"katas/{kata.Id}/{file}", File.ReadAllText(Path.Combine(course.SolutionsDirectory, kata.Id, file)));
            }
        }

        zip.Add(EvilEntry, "// written beside the unpacked folder, if the grader let it\n");
        return zip.WriteTo(Path.Combine(folder, "traversal.zip"));
    }
}
