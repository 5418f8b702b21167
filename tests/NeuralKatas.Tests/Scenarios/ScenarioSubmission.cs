using System.IO.Compression;

namespace NeuralKatas.Tests.Scenarios;

/// <summary>
/// Builds a scenario's submission in a work folder, the way a learner would hand it in:
/// &lt;work&gt;/&lt;name&gt;/katas/&lt;kata&gt;/&lt;file&gt;, or that folder zipped as &lt;work&gt;/&lt;name&gt;.zip inside
/// one wrapping folder. The scenario's name becomes the submission's name and the learner's files
/// read as katas/&lt;kata&gt;/&lt;file&gt;, so the report is the same wherever the work folder is.
/// </summary>
public static class ScenarioSubmission
{
    // GitHub's "Download ZIP" of a repository called NeuralKatas, branch main.
    private const string GitHubWrapper = "NeuralKatas-main";

    /// <summary>Builds the submission under <paramref name="work"/> and returns the path to hand to the loader.</summary>
    public static string Build(Scenario scenario, string work)
    {
        var course = RepositoryRoot.Course;
        var root = Path.Combine(work, scenario.GitHubZip ? GitHubWrapper : scenario.Name);
        var katas = Path.Combine(root, "katas");
        var baseFolder = scenario.Base == SubmissionBase.Solutions ? course.SolutionsDirectory : course.KatasDirectory;
        foreach (var kata in course.Manifest.Katas)
        {
            Directory.CreateDirectory(Path.Combine(katas, kata.Id));
            foreach (var file in scenario.Language == Grader.Course.KataLanguage.FSharp ? kata.LearnerFiles.Concat(kata.FSharpFiles) : kata.LearnerFiles)
            {
                var target = Path.Combine(katas, kata.Id, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(baseFolder, kata.Id, file), target);
            }
        }

        if (scenario.OverlayFolder is { } overlay)
        {
            foreach (var source in Directory.EnumerateFiles(overlay, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(katas, Path.GetRelativePath(overlay, source));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target, overwrite: true);
            }
        }

        foreach (var edit in scenario.Edits)
        {
            var file = Path.Combine(katas, edit.Kata, edit.File);
            File.WriteAllText(file, edit.ApplyTo(File.ReadAllText(file)));
        }

        if (!scenario.GitHubZip)
        {
            return root;
        }

        var zip = Path.Combine(work, scenario.Name + ".zip");
        ZipFile.CreateFromDirectory(root, zip, CompressionLevel.Fastest, includeBaseDirectory: true);
        Directory.Delete(root, recursive: true);
        return zip;
    }
}
