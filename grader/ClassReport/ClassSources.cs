using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Loading;

namespace NeuralKatas.Grader.ClassReport;

/// <summary>
/// The C# learner files the similarity check compares, found through the manifest: a
/// submission's own (read through <see cref="SubmissionLoader"/>, so the same hygiene applies as
/// for grading) and the course's shipped stubs, whose code every submission starts from.
/// </summary>
public static class ClassSources
{
    // A learner file of these katas is a few kilobytes; anything far larger is not worth comparing.
    private const long MaxFileBytes = 256 * 1024;

    /// <summary>The shipped stubs of <paramref name="katas"/> (katas/NN-name/*.cs).</summary>
    public static IReadOnlyList<LearnerSource> Stubs(CourseLayout course, IReadOnlyList<string> katas)
    {
        ArgumentNullException.ThrowIfNull(course);
        return [.. katas.Select(course.Manifest.Find).SelectMany(kata => Read(course.KatasDirectory, kata))];
    }

    /// <summary>
    /// The C# learner files of the submission at <paramref name="path"/>; none for a submission
    /// that cannot be read, and none for a kata written in F# (the check compares C# only).
    /// </summary>
    public static IReadOnlyList<LearnerSource> Of(string path, Manifest manifest, IReadOnlyList<string> katas)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        try
        {
            using var submission = SubmissionLoader.Load(path, manifest);
            return [.. katas.Select(manifest.Find)
                .Where(kata => LanguageDetector.Detect(kata, submission.KatasRoot) == KataLanguage.CSharp)
                .SelectMany(kata => Read(submission.KatasRoot, kata))];
        }
        catch (Exception error) when (error is SubmissionException or IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static IEnumerable<LearnerSource> Read(string katasRoot, KataDefinition kata) =>
        kata.LearnerFiles
            .Select(file => (file, info: new FileInfo(Path.Combine(katasRoot, kata.Id, file))))
            .Where(entry => entry.info.Exists && entry.info.LinkTarget is null && entry.info.Length <= MaxFileBytes)
            .Select(entry => new LearnerSource(kata.Id, entry.file, File.ReadAllText(entry.info.FullName)))
            .ToList();
}
