namespace NeuralKatas.Grader.Course;

/// <summary>
/// Where the parts of the course live in a NeuralKatas repository: the manifest, the given
/// library, the kata tests and the reference solutions. The grader reads these from its own
/// repository, never from a submission, so a learner cannot change the tests that grade them.
/// </summary>
public sealed class CourseLayout
{
    private CourseLayout(string root)
    {
        Root = root;
        Manifest = Manifest.Read(Path.Combine(KatasDirectory, Manifest.FileName));
    }

    /// <summary>The repository's root folder.</summary>
    public string Root { get; }

    /// <summary>The curriculum.</summary>
    public Manifest Manifest { get; }

    /// <summary>katas/: the learner-facing stubs, tests and READMEs.</summary>
    public string KatasDirectory => Path.Combine(Root, "katas");

    /// <summary>solutions/: the reference solutions, the source the stubs are generated from.</summary>
    public string SolutionsDirectory => Path.Combine(Root, "solutions");

    /// <summary>katas/Given: the library every kata uses.</summary>
    public string GivenDirectory => Path.Combine(KatasDirectory, "Given");

    /// <summary>katas/TestSupport: what the kata tests share.</summary>
    public string TestSupportDirectory => Path.Combine(KatasDirectory, "TestSupport");

    /// <summary>The folder of one kata inside katas/.</summary>
    public string KataDirectory(KataDefinition kata) => Path.Combine(KatasDirectory, kata.Id);

    /// <summary>Where the reference snapshots of one kata's tests live.</summary>
    public string SnapshotDirectory(KataDefinition kata) => Path.Combine(KataDirectory(kata), "Tests", "Snapshots");

    /// <summary>The repository at <paramref name="root"/>.</summary>
    public static CourseLayout At(string root) => new(Path.GetFullPath(root));

    /// <summary>
    /// The repository holding the current folder or, failing that, the grader itself: so
    /// `dotnet run --project grader` works from anywhere inside a clone.
    /// </summary>
    public static CourseLayout Locate()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "katas", Manifest.FileName)))
                {
                    return At(folder.FullName);
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No NeuralKatas repository here: looked for katas/{Manifest.FileName} above {Environment.CurrentDirectory} and {AppContext.BaseDirectory}.");
    }
}
