using NeuralKatas.Grader.Course;

namespace NeuralKatas.Tests.Learner;

/// <summary>
/// A tiny copy of the repository for the learner verbs to work in, as a learner's clone: katas/
/// (the manifest, the stubs, the tests, the given library) and solutions/, without build output.
/// Deleted when disposed.
/// </summary>
public sealed class FixtureCourse : IDisposable
{
    private FixtureCourse(string root)
    {
        Root = root;
        Course = CourseLayout.At(root);
    }

    /// <summary>The fixture's root folder.</summary>
    public string Root { get; }

    /// <summary>A folder beside the fixture for NEURALKATAS_HOME (hint counts), outside the repository as in real use.</summary>
    public string Home => Root + "-home";

    /// <summary>The fixture as the grader sees it.</summary>
    public CourseLayout Course { get; }

    /// <summary>A fresh copy of the repository's katas/ and solutions/.</summary>
    public static FixtureCourse Create() => Create(withBuildFiles: false);

    /// <summary>
    /// A fresh copy of katas/ and solutions/ and, with <paramref name="withBuildFiles"/>, the root
    /// build files too, so that `dotnet test katas/NN` builds in it as in a clone.
    /// </summary>
    public static FixtureCourse Create(bool withBuildFiles)
    {
        var root = Directory.CreateTempSubdirectory("neuralkatas-learner-").FullName;
        foreach (var folder in new[] { "katas", "solutions" })
        {
            Copy(Path.Combine(RepositoryRoot.Course.Root, folder), Path.Combine(root, folder));
        }

        foreach (var file in withBuildFiles ? BuildFiles : [])
        {
            File.Copy(Path.Combine(RepositoryRoot.Course.Root, file), Path.Combine(root, file));
        }

        return new FixtureCourse(root);
    }

    /// <summary>The root files a kata project's build reads.</summary>
    public static IReadOnlyList<string> BuildFiles { get; } = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];

    /// <summary>The path of a kata's learner file in the fixture.</summary>
    public string LearnerFile(string kataId) => Path.Combine(Root, "katas", kataId, Course.Manifest.Find(kataId).LearnerFiles[0]);

    /// <summary>Replaces a kata's learner file with its reference solution: the kata is solved.</summary>
    public void Solve(string kataId)
    {
        var file = Course.Manifest.Find(kataId).LearnerFiles[0];
        File.Copy(Path.Combine(Root, "solutions", kataId, file), LearnerFile(kataId), overwrite: true);
    }

    /// <summary>Replaces a kata's F# learner file with its F# reference solution.</summary>
    public void SolveInFSharp(string kataId)
    {
        var file = Course.Manifest.Find(kataId).FSharpFiles[0];
        File.Copy(Path.Combine(Root, "solutions", kataId, file), Path.Combine(Root, "katas", kataId, file), overwrite: true);
    }

    /// <summary>Solves every kata.</summary>
    public void SolveAll()
    {
        foreach (var kata in Course.Manifest.Katas)
        {
            Solve(kata.Id);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
            if (Directory.Exists(Home))
            {
                Directory.Delete(Home, recursive: true);
            }
        }
        catch (IOException)
        {
            // A worker still closing a file; the temp folder is cleaned by the OS.
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(f => Path.GetFileName(f) is not ("bin" or "obj" or "pictures" or ".backup")))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
