using System.CommandLine;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Server;
using Spectre.Console;

namespace NeuralKatas.Grader.Commands;

/// <summary>
/// `hint [KATA] [--level N]`: the hints of a kata, from vague to specific, one more each time it
/// is run (the count is kept outside the repository; see <see cref="HintStore"/>).
/// </summary>
public static class HintCommand
{
    /// <summary>The `hint` verb.</summary>
    public static Command Create()
    {
        var kata = LearnerOptions.OptionalKata("The kata, for example 03-forward. Default: the first kata that does not pass yet.");
        var level = new Option<int?>("--level", "-n") { Description = "Show hint N (1 is the vaguest) instead of the next one." };
        var hint = new Command("hint", "Show the next hint for a kata: each run reveals one more, from vague to specific.") { kata, level };
        hint.SetAction(parsed =>
        {
            var course = CourseLayout.Locate();
            var console = LearnerConsole.Create();
            var view = new LearnerView(console, course);
            var id = parsed.GetValue(kata);
            KataDefinition? chosen;
            if (id is null)
            {
                chosen = new LearnerSession(course, GradeOptions.Default, SubmissionGraders.ForOneCommand(course)).GradeAll().Current;
                if (chosen is null)
                {
                    console.WriteLine(Advice.AllPassed);
                    return ExitCodes.Success;
                }
            }
            else if ((chosen = LearnerOptions.Find(course, id)) is null)
            {
                return ExitCodes.UsageError;
            }

            var store = new HintStore(course.Root);
            var asked = parsed.GetValue(level);
            if (asked is { } n && (n < 1 || n > chosen.Hints.Count))
            {
                Console.Error.WriteLine(Advice.NoSuchHint(chosen.Id, n, chosen.Hints.Count));
                return ExitCodes.UsageError;
            }

            var shown = asked ?? Math.Min(store.Seen(chosen.Id) + 1, chosen.Hints.Count);
            store.MarkSeen(chosen.Id, shown);
            if (asked is not null)
            {
                view.Hint(chosen, shown);
            }
            else
            {
                view.Hints(chosen, shown);
            }

            return ExitCodes.Success;
        });
        return hint;
    }
}
