using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Classroom;

/// <summary>
/// What the Classroom workflow's one grading step does: grade every kata of the repository once,
/// check the protected files against the template's record, and write every runner's result as a
/// step output (<c>kata01=…</c>, …, <c>integrity=…</c>) and the written feedback as the job summary.
/// Whatever goes wrong, every runner still gets a result: the reporter then says why.
/// </summary>
public static class ClassroomGrade
{
    /// <summary>Grades <paramref name="course"/>'s own katas/ and writes the step outputs to <paramref name="outputs"/> and the feedback to <paramref name="summary"/>.</summary>
    public static GradeReport Run(CourseLayout course, GradeOptions options, TextWriter outputs, TextWriter summary)
    {
        var report = Grade(course, options) with { ChangedFiles = ProtectedFiles.ChangedSinceExport(course.Root, course.Manifest) };
        foreach (var (runner, value) in ClassroomResults.Encode(report, course.Manifest))
        {
            // One name=value line per output: base64 holds no newline, so the heredoc form is not needed.
            outputs.Write($"{runner.Id}={value}\n");
        }

        new MarkdownFeedbackWriter().Write(report, summary);
        return report;
    }

    private static GradeReport Grade(CourseLayout course, GradeOptions options)
    {
        try
        {
            return new GradingPipeline(course).Grade("your repository", course.KatasDirectory, options);
        }
#pragma warning disable CA1031 // Any failure must still reach the reporter as an error test, or no points are sent at all.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return new GradeReport("your repository", [], $"The grader could not grade this repository: {error.GetType().Name}: {error.Message}");
        }
    }
}
