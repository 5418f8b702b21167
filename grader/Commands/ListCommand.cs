using System.CommandLine;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Server;

namespace NeuralKatas.Grader.Commands;

/// <summary>`list`: every kata with its state, graded now (progress is what the grader sees, not a saved file).</summary>
public static class ListCommand
{
    /// <summary>The `list` verb.</summary>
    public static Command Create()
    {
        var list = new Command("list", "Show every kata with its state and points, and where you are.");
        list.SetAction(_ =>
        {
            var course = CourseLayout.Locate();
            new LearnerView(LearnerConsole.Create(), course).List(new LearnerSession(course, GradeOptions.Default, SubmissionGraders.ForOneCommand(course)).GradeAll());
            return ExitCodes.Success;
        });
        return list;
    }
}
