using NeuralKatas.Grader.Classroom;
using NeuralKatas.Grader.Loading;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Batch;

/// <summary>
/// Grades every submission in a folder (its sub-folders and .zip files), several at a time.
/// Each submission is graded on its own: one that cannot be read, does not compile, hangs or
/// crashes gets a report that says so, and every other submission is still graded.
/// </summary>
public sealed class BatchGrader(GradingPipeline pipeline)
{
    /// <summary>The submissions in <paramref name="folder"/>, in name order: sub-folders (not hidden ones) and .zip files.</summary>
    public static IReadOnlyList<string> FindSubmissions(string folder) =>
        Directory.EnumerateDirectories(folder)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Concat(Directory.EnumerateFiles(folder, "*.zip"))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Grades each submission; <paramref name="graded"/> is told as each finishes. Reports come back in input order.</summary>
    public IReadOnlyList<GradeReport> Grade(IReadOnlyList<string> submissions, GradeOptions options, int parallelism, Action<GradeReport> graded)
    {
        var reports = new GradeReport[submissions.Count];
        Parallel.For(0, submissions.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, index =>
        {
            reports[index] = GradeOne(submissions[index], options);
            graded(reports[index]);
        });
        return reports;
    }

    private GradeReport GradeOne(string path, GradeOptions options)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        try
        {
            using var submission = SubmissionLoader.Load(path, pipeline.Course.Manifest);
            var course = pipeline.Course;
            return pipeline.Grade(submission.Name, submission.KatasRoot, options) with
            {
                ChangedFiles = ProtectedFiles.ChangedIn(course.Root, course.Manifest, submission.KatasRoot),
            };
        }
        catch (SubmissionException error)
        {
            return new GradeReport(name, [], UntrustedText.Clean(error.Message)).WithSandboxOf(options.Limits);
        }
#pragma warning disable CA1031 // One submission's surprise must not stop the batch: it becomes that submission's error row.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return new GradeReport(name, [], UntrustedText.Clean($"The grader could not grade this submission: {error.GetType().Name}: {error.Message}")).WithSandboxOf(options.Limits);
        }
    }
}
