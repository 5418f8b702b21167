using System.CommandLine;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Server;

namespace NeuralKatas.Grader.Commands;

/// <summary>`run [KATA]`: check one kata once, the current one by default, and show its first problem.</summary>
public static class RunCommand
{
    /// <summary>The `run` verb.</summary>
    public static Command Create()
    {
        var kata = LearnerOptions.OptionalKata("The kata to check, for example 03-forward. Default: the first kata that does not pass yet.");
        var timeLimit = LearnerOptions.TimeLimit();
        var run = new Command("run", "Check one kata once (the first that does not pass yet, unless you name one) and show what to fix.") { kata, timeLimit };
        run.SetAction(parsed =>
        {
            var options = LearnerOptions.Grading(parsed.GetValue(timeLimit));
            if (options is null)
            {
                return ExitCodes.UsageError;
            }

            var course = CourseLayout.Locate();
            var session = new LearnerSession(course, options, SubmissionGraders.ForOneCommand(course));
            var view = new LearnerView(LearnerConsole.Create(), course);
            var id = parsed.GetValue(kata);
            if (id is null)
            {
                var progress = session.GradeAll();
                view.Focus(progress);
                return progress.Current is null ? ExitCodes.Success : ExitCodes.NotPassing;
            }

            var chosen = LearnerOptions.Find(course, id);
            if (chosen is null)
            {
                return ExitCodes.UsageError;
            }

            var grade = session.Grade(chosen);
            view.Kata(chosen, grade);
            return grade.Status == Scoring.KataStatus.Passed ? ExitCodes.Success : ExitCodes.NotPassing;
        });
        return run;
    }
}
