using System.CommandLine;
using NeuralKatas.Grader.Commands;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Pipeline;

namespace NeuralKatas.Grader.Learner;

/// <summary>The arguments and options the learner verbs share: an optional kata, a time limit.</summary>
public static class LearnerOptions
{
    /// <summary>An optional KATA argument; the current kata when left out.</summary>
    public static Argument<string?> OptionalKata(string description) => new("kata") { Description = description + " Any unambiguous part of its name will do: 3, 03, forward.", Arity = ArgumentArity.ZeroOrOne };

    /// <summary>--time-limit SECONDS.</summary>
    public static Option<double> TimeLimit() => new("--time-limit")
    {
        Description = "Seconds one kata's tests may run before they are stopped (an endless loop is reported, not waited for).",
        DefaultValueFactory = _ => WorkerLimits.Default.TimePerKata.TotalSeconds,
    };

    /// <summary>Grading options with this time limit, or null (said on stderr) when it is not a positive number.</summary>
    public static GradeOptions? Grading(double seconds)
    {
        if (!(seconds > 0))
        {
            Console.Error.WriteLine($"--time-limit must be a number of seconds above zero; got {seconds}.");
            return null;
        }

        return GradeOptions.Default with { Limits = WorkerLimits.Default with { TimePerKata = TimeSpan.FromSeconds(seconds) } };
    }

    /// <summary>The kata <paramref name="name"/> names (any unambiguous part of its id), or null (said on stderr) when there is none.</summary>
    public static KataDefinition? Find(CourseLayout course, string name)
    {
        var (kata, error) = KataName.Find(course.Manifest, name);
        if (kata is null)
        {
            Console.Error.WriteLine(error);
        }

        return kata;
    }
}
