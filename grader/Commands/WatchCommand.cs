using System.CommandLine;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Reporting;

namespace NeuralKatas.Grader.Commands;

/// <summary>`watch`: the way to learn; shows the first kata that does not pass and checks again on every save.</summary>
public static class WatchCommand
{
    /// <summary>The `watch` verb.</summary>
    public static Command Create()
    {
        var manual = new Option<bool>("--manual") { Description = "Do not watch files; check again when you press r or Enter (for folders that send no change events)." };
        var timeLimit = LearnerOptions.TimeLimit();
        var watch = new Command("watch", "Start here: shows the first kata that does not pass yet, and checks it again every time you save.") { manual, timeLimit };
        watch.SetAction(parsed =>
        {
            var options = LearnerOptions.Grading(parsed.GetValue(timeLimit));
            if (options is null)
            {
                return ExitCodes.UsageError;
            }

            var course = CourseLayout.Locate();
            var view = new LearnerView(LearnerConsole.Create(), course);
            var screen = LearnerConsole.Interactive ? new WatchScreen(Console.Out, course, ConsoleReportWriter.ColorSupported(Console.Out)) : null;
            using var watched = WatchedFolders.ForUser().Mark(course.KatasDirectory);
            return new WatchLoop(new LearnerSession(course, options), view, screen, new HintStore(course.Root), parsed.GetValue(manual)).Run();
        });
        return watch;
    }
}
