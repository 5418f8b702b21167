using NeuralKatas.Grader.Commands;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Loading;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Gradescope;

/// <summary>
/// What run_autograder does for one submission: find the katas in it (a clone, a katas/ folder, or
/// the learner's files uploaded loose), grade them with the bundle's own course through the normal
/// grading path, and write results.json. Whatever goes wrong, a results file is written.
/// </summary>
public static class GradescopeRun
{
    /// <summary>Grades <paramref name="upload"/> and writes <paramref name="results"/>; returns the report.</summary>
    public static GradeReport Run(CourseLayout course, string upload, GradeOptions options, string results, string hiddenVisibility)
    {
        var report = Grade(course, upload, options);
        ReportOutput.Write(new GradescopeReportWriter(hiddenVisibility), report, results);
        return report;
    }

    private static GradeReport Grade(CourseLayout course, string upload, GradeOptions options)
    {
        var scratch = Directory.CreateTempSubdirectory("neuralkatas-gradescope-");
        try
        {
            using var submission = Load(course, upload, scratch.FullName);
            return new GradingPipeline(course).Grade("submission", submission.KatasRoot, options);
        }
        catch (SubmissionException error)
        {
            return new GradeReport("submission", [], error.Message);
        }
#pragma warning disable CA1031 // Gradescope shows nothing without a results file: every failure becomes the report's error.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return new GradeReport("submission", [], $"The grader could not grade this submission: {error.GetType().Name}: {error.Message}");
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static Submission Load(CourseLayout course, string upload, string scratch)
    {
        try
        {
            return SubmissionLoader.Load(upload, course.Manifest);
        }
        catch (SubmissionException) when (Directory.Exists(upload) && LooseFiles.Arrange(upload, course.Manifest, Path.Combine(scratch, "katas")) > 0)
        {
            return SubmissionLoader.Load(Path.Combine(scratch, "katas"), course.Manifest);
        }
    }
}
