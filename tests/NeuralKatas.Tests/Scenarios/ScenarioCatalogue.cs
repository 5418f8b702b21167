using System.Text.Json;
using NeuralKatas.Tests.Mutations;

namespace NeuralKatas.Tests.Scenarios;

/// <summary>
/// Every scenario: one per case folder here (a folder holding a `base` file), and one per mistake
/// in the mutation catalogue, generated at test time so the catalogue stays the only list of them.
/// Read from the source tree, never from the build output: the submissions are not compiled into
/// the test project, and the expected reports must be rewritten where they are kept.
/// </summary>
public static class ScenarioCatalogue
{
    private const string BaseFile = "base";
    private const string PackageFile = "package";
    private const string GitHubZipPackage = "github-zip";
    private const string EditFile = "edit.json";
    private const string LanguageFile = "language";

    // Mistakes that seed a generator from the clock: the tests quote the values drawn, which differ each run.
    private static readonly HashSet<string> UnseededMutants = new(StringComparer.Ordinal) { "initialisation-unseeded" };

    /// <summary>This folder, in the source tree.</summary>
    public static string Folder => Path.Combine(RepositoryRoot.Course.Root, "tests", "NeuralKatas.Tests", "Scenarios");

    /// <summary>Where the expected reports of the catalogued mistakes are kept.</summary>
    public static string MutantsFolder => Path.Combine(Folder, "mutations");

    /// <summary>The hand-written case folders, by name.</summary>
    public static IEnumerable<Scenario> Cases() =>
        Directory.EnumerateDirectories(Folder)
            .Where(folder => File.Exists(Path.Combine(folder, BaseFile)))
            .Order(StringComparer.Ordinal)
            .Select(FromFolder);

    /// <summary>
    /// One scenario per catalogued mistake, applied to the reference solutions and graded on the
    /// kata that catches it only: the report a learner gets for that mistake. Grading every kata
    /// of twenty mutants would add a minute to the suite and show nothing the case folders do not
    /// (partially-correct and compile-error-in-03 cover the later katas' isolation notes).
    /// </summary>
    public static IEnumerable<Scenario> Mutants()
    {
        var path = Path.Combine(RepositoryRoot.Course.Root, "tests", "NeuralKatas.Tests", "Mutations", "mutations.json");
        return Mutation.ReadAll(path).Select(m => new Scenario(m.Id, SubmissionBase.Solutions, null, [m], false, m.CaughtBy, Path.Combine(MutantsFolder, $"{m.Id}.expected_report.json"), UnseededMutants.Contains(m.Id))
        {
            // An F# mistake grades every kata in F#; a C# one leaves the language to the files, as a learner's submission does.
            Language = m.LanguageIn(RepositoryRoot.Course.Manifest) == Grader.Course.KataLanguage.FSharp ? Grader.Course.KataLanguage.FSharp : null,
        });
    }

    private static Scenario FromFolder(string folder)
    {
        var name = Path.GetFileName(folder);
        var baseName = File.ReadAllText(Path.Combine(folder, BaseFile)).Trim();
        var submissionBase = baseName switch
        {
            "solutions" => SubmissionBase.Solutions,
            "stubs" => SubmissionBase.Stubs,
            _ => throw new InvalidDataException($"{folder}/{BaseFile} says '{baseName}'; it must say solutions or stubs."),
        };
        var package = Path.Combine(folder, PackageFile);
        var packageName = File.Exists(package) ? File.ReadAllText(package).Trim() : null;
        if (packageName is not null and not GitHubZipPackage)
        {
            throw new InvalidDataException($"{package} says '{packageName}'; the only packaging is {GitHubZipPackage}.");
        }

        var languageFile = Path.Combine(folder, LanguageFile);
        var language = File.Exists(languageFile) ? File.ReadAllText(languageFile).Trim() : null;
        if (language is not null and not "fsharp")
        {
            throw new InvalidDataException($"{languageFile} says '{language}'; the only language to force is fsharp.");
        }

        var overlay = Path.Combine(folder, "submission");
        var edit = Path.Combine(folder, EditFile);
        return new Scenario(
            name,
            submissionBase,
            Directory.Exists(overlay) ? overlay : null,
            File.Exists(edit) ? JsonSerializer.Deserialize<List<Mutation>>(File.ReadAllText(edit), new JsonSerializerOptions(JsonSerializerDefaults.Web))! : [],
            packageName is not null,
            null,
            Path.Combine(folder, "expected_report.json"),
            false)
        {
            Language = language is null ? null : Grader.Course.KataLanguage.FSharp,
        };
    }
}
