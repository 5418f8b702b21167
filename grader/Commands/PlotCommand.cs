using System.CommandLine;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Commands;

/// <summary>`plot [--out DIR] [--seed S] [--hidden N] [--learning-rate η] [--epochs E]`: once the last kata passes, draw the learner's own trained network.</summary>
public static class PlotCommand
{
    /// <summary>The `plot` verb.</summary>
    public static Command Create()
    {
        var output = new Option<string?>("--out", "-o") { Description = "The folder to write the pictures to. Default: katas/<last kata>/pictures/." };
        var timeLimit = LearnerOptions.TimeLimit();
        var seed = new Option<ulong?>("--seed") { Description = "The generator's seed for the initial weights. Default: the course's (42)." };
        var hidden = new Option<int?>("--hidden") { Description = "Nodes in the hidden layer. Default: 4." };
        var learningRate = new Option<double?>("--learning-rate") { Description = "η, the step size. Default: 1.0." };
        var epochs = new Option<int?>("--epochs") { Description = "Epochs of training. Default: 10 000." };
        var plot = new Command("plot", $"After the last kata passes: train your network on XOR and draw {Pictures.LossCurveFile}, {Pictures.DecisionBoundaryFile} and {Pictures.DerivativeComparisonFile}.")
        {
            output, timeLimit, seed, hidden, learningRate, epochs,
        };
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

            var settings = new TrainingSettings(parsed.GetValue(hidden), parsed.GetValue(learningRate), parsed.GetValue(epochs), parsed.GetValue(seed));
            var (network, error) = TrainingProbe.Run(course, course.KatasDirectory, options.Limits, settings);
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
