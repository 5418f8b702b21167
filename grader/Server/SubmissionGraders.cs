using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Pipeline;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// The one place a grading verb gets its grader. A verb that grades once and exits (`grade`, `run`,
/// `list`, `hint`) gets the warm grade server when <see cref="GradeServerAddress.EnableVariable"/>
/// asks for it (grader/nk sets it), and a pipeline in its own process otherwise: `dotnet run`, the
/// tests, CI, `batch`, `classroom` and `gradescope` never use a server unless told to, and `watch`
/// keeps its own warm pipeline.
/// </summary>
public static class SubmissionGraders
{
    /// <summary>The grader for a command that grades <paramref name="course"/> once and exits.</summary>
    public static ISubmissionGrader ForOneCommand(CourseLayout course) =>
        GradeServerAddress.Enabled ? new ServedGrader(course) : new GradingPipeline(course);
}
