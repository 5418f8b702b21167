using System.CommandLine;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Reporting.Internal;
using Spectre.Console;

namespace NeuralKatas.Grader.Commands;

/// <summary>`reset KATA [--yes]`: back up the learner's files of a kata and put its stubs back.</summary>
public static class ResetCommand
{
    /// <summary>The `reset` verb.</summary>
    public static Command Create()
    {
        var kata = new Argument<string>("kata") { Description = "The kata to start again, for example 03-forward." };
        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask for confirmation." };
        var reset = new Command("reset", "Start a kata again from its stub; your files are backed up first, never lost.") { kata, yes };
        reset.SetAction(parsed =>
        {
            var course = CourseLayout.Locate();
            var chosen = LearnerOptions.Find(course, parsed.GetValue(kata)!);
            if (chosen is null)
            {
                return ExitCodes.UsageError;
            }

            var console = LearnerConsole.Create();
            if (!parsed.GetValue(yes))
            {
                if (Console.IsInputRedirected || !LearnerConsole.Interactive)
                {
                    Console.Error.WriteLine(Advice.ResetNeedsYes(chosen.Id));
                    return ExitCodes.UsageError;
                }

                if (!console.Prompt(new ConfirmationPrompt(Markup.Escape(Advice.ConfirmReset(chosen.Id))) { DefaultValue = false }))
                {
                    console.WriteLine(Advice.ResetCancelled);
                    return ExitCodes.Success;
                }
            }

            var backup = KataReset.Reset(course, chosen, DateTimeOffset.Now);
            console.WriteLine(Advice.ResetDone(chosen.Id, backup is null ? null : Path.GetRelativePath(Environment.CurrentDirectory, backup)));
            return ExitCodes.Success;
        });
        return reset;
    }
}
