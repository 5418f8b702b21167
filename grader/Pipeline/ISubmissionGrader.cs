using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Pipeline;

/// <summary>
/// What the grading verbs grade with: a <see cref="GradingPipeline"/> in this process, or a warm
/// grade server that runs the same pipeline (<see cref="Server.ServedGrader"/>). Either gives the
/// same report for the same submission and options.
/// </summary>
public interface ISubmissionGrader
{
    /// <summary>Grades the katas under <paramref name="katasRoot"/> (a folder holding 01-sigmoid/ and the rest).</summary>
    GradeReport Grade(string name, string katasRoot, GradeOptions options);

    /// <summary>Starts a compiler and a worker warming up for the next grading with <paramref name="options"/>, where that helps.</summary>
    void WarmUp(GradeOptions options);
}
