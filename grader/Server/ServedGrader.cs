using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// Grades through the warm grade server of this build and course when one answers (it reads the
/// learner's cache too, faster than a fresh process can), and in this process otherwise, exactly as
/// <see cref="GradingPipeline"/> would: a server that is not there, dies, hangs or answers nonsense
/// costs time, never a grade. When no server answered, one is started in the background after this
/// grade, so the next command finds it warm and this one is no slower than grading without it (the
/// new server warms up after this command's own work).
/// </summary>
public sealed class ServedGrader(CourseLayout course) : ISubmissionGrader
{
    private readonly Lazy<GradingPipeline> local = new(() => new GradingPipeline(course));

    /// <inheritdoc/>
    public GradeReport Grade(string name, string katasRoot, GradeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = GradeServerAddress.For(course.Root);
        if (address is null || !address.Prepare())
        {
            return local.Value.Grade(name, katasRoot, options);
        }

        var answer = GradeServerClient.Ask(address, GradeRequest.For(course, name, katasRoot, options), Patience(options));
        if (answer.Report is { } report && Answers(report, name, options))
        {
            return report;
        }

        var graded = local.Value.Grade(name, katasRoot, options);
        if (answer.NobodyListening && !address.RecentlyUnusable)
        {
            GradeServerLauncher.StartDetached(address, course.Root);
        }

        return graded;
    }

    /// <summary>Nothing to do here: a server keeps itself warm, and without one this command grades once and exits.</summary>
    public void WarmUp(GradeOptions options)
    {
    }

    // The report must be of this submission and of exactly the katas asked for, in order.
    private bool Answers(GradeReport report, string name, GradeOptions options) =>
        report.Submission == name
        && report.Katas.Select(k => k.Id).SequenceEqual(options.KataId is null ? course.Manifest.Katas.Select(k => k.Id) : [options.KataId]);

    // Only a bound for a server that is alive but stuck (stopped, or a bug): grading itself stops
    // at its own limits. A compile server may take minutes to start on an overloaded machine
    // (CompileServerProcess allows ten), each kata may be compiled and run twice (isolation), and
    // a compile may be tried twice.
    private TimeSpan Patience(GradeOptions options)
    {
        var katas = options.KataId is null ? course.Manifest.Katas.Count : 1;
        var perKata = 2 * ((2 * options.CompileLimits.TimePerKata) + options.CompileLimits.FSharpWarmUp + options.Limits.TimePerKata);
        return TimeSpan.FromMinutes(10) + (katas * perKata);
    }
}
