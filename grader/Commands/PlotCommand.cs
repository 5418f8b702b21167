using System.CommandLine;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Commands;

/// <summary>`plot [--out DIR]`: once the last kata passes, draw the learner's own trained network as two PNGs.</summary>
public static class PlotCommand
{
    /// <summary>The `plot` verb.</summary>
    public static Command Create()
    {
        var output = new Option<string?>("--out", "-o") { Description = "The folder to write the pictures to. Default: katas/<last kata>/pictures/." };
        var timeLimit = LearnerOptions.TimeLimit();
        var plot = new Command("plot", $"After the last kata passes: train your network on XOR and draw {Pictures.LossCurveFile} and {Pictures.DecisionBoundaryFile}.") { output, timeLimit };
        plot.SetAction(parsed =>
        {
            var options = LearnerOptions.Grading(parsed.GetValue(timeLimit));
            if (options is null)
            {
                return ExitCodes.UsageError;
            }

            var course = CourseLayout.Locate();
            var last = course.Manifest.Katas[^1];
            if (new LearnerSession(course, options).Grade(last).Status != KataStatus.Passed)
            {
                Console.Error.WriteLine(Advice.PicturesNeedTraining(last.Id));
                return ExitCodes.NotPassing;
            }

            var (network, error) = TrainingProbe.Run(course, course.KatasDirectory, options.Limits);
            if (network is null)
            {
                Console.Error.WriteLine(Advice.PicturesFailed(error ?? string.Empty));
                return ExitCodes.NotPassing;
            }

            var folder = parsed.GetValue(output) ?? Path.Combine(course.KataDirectory(last), "pictures");
            var files = Pictures.Write(network, Path.GetFullPath(folder));
            Console.WriteLine(Advice.PicturesWritten(files.Select(file => Path.GetRelativePath(Environment.CurrentDirectory, file))));
            return ExitCodes.Success;
        });
        return plot;
    }
}
