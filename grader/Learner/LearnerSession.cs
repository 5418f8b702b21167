using System.Diagnostics;
using NeuralKatas.Grader.Cache;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// The grader as a learner uses it: one warm pipeline over the learner's own katas/ folder,
/// graded as `dotnet test katas/NN` builds each kata (on the learner's own earlier katas, in the
/// language of katas/language.txt), within the usual worker limits, so an endless loop or a crash
/// comes back as a result. The first grading is slow (the compiler warms up); the ones after are fast.
/// A verb that grades once and exits passes the grader of <see cref="Server.SubmissionGraders"/>,
/// which may be a warm grade server; `watch` keeps a pipeline of its own.
/// </summary>
public sealed class LearnerSession(CourseLayout course, GradeOptions options, ISubmissionGrader grader)
{
    private readonly GradeOptions options = OwnCode(course, options);

    /// <summary>A session with its own pipeline.</summary>
    public LearnerSession(CourseLayout course, GradeOptions options)
        : this(course, options, new GradingPipeline(course))
    {
    }

    /// <summary>A session with the default limits and its own pipeline.</summary>
    public LearnerSession(CourseLayout course)
        : this(course, GradeOptions.Default)
    {
    }

    /// <summary>
    /// <paramref name="options"/> for grading the learner's own katas: no isolation, the
    /// learner's language unless one was named, and the learner's cache of kata grades, so a
    /// command that finds nothing changed answers at once.
    /// </summary>
    public static GradeOptions OwnCode(CourseLayout course, GradeOptions options) =>
        options with { Isolate = false, Language = options.Language ?? LearnerLanguage.Read(course), Cache = options.Cache ?? GradeCache.ForUser() };

    /// <summary>Starts a compiler warming up in the background, so the first change after a check answered from the cache is quick.</summary>
    public void WarmUp() => grader.WarmUp(options);

    /// <summary>The language the learner's katas are graded in.</summary>
    public KataLanguage Language => options.Language!.Value;

    /// <summary>The course being learned.</summary>
    public CourseLayout Course => course;

    /// <summary>How long the last grading took.</summary>
    public TimeSpan LastDuration { get; private set; }

    /// <summary>Grades every kata.</summary>
    public CourseProgress GradeAll() =>
        new(course.Manifest.Katas, Timed(() => grader.Grade("katas", course.KatasDirectory, options with { KataId = null }).Katas)
            .ToDictionary(grade => grade.Id));

    /// <summary>Grades one kata.</summary>
    public KataGrade Grade(KataDefinition kata) =>
        Timed(() => grader.Grade("katas", course.KatasDirectory, options with { KataId = kata.Id }).Katas)[0];

    /// <summary>
    /// The fast path for a save: re-grades the current kata and any kata whose files changed;
    /// when the current kata now passes, grades the katas after it too (one worker for all), to
    /// find the next one that does not pass.
    /// </summary>
    public CourseProgress Regrade(CourseProgress progress, IReadOnlyCollection<KataDefinition> changed)
    {
        var clock = Stopwatch.StartNew();
        var first = changed.Append(progress.Current).OfType<KataDefinition>().Distinct().ToList();
        if (first.Count == 0)
        {
            // Every kata passed and nothing changed: checking again means checking every kata.
            progress = GradeAll();
            LastDuration = clock.Elapsed;
            return progress;
        }

        progress = progress.With(first.Select(Grade));
        if (progress.Current is { } current && !first.Contains(current))
        {
            // One worker for every kata is cheaper than one worker per later kata.
            progress = progress.With(grader.Grade("katas", course.KatasDirectory, options with { KataId = null }).Katas);
        }

        LastDuration = clock.Elapsed;
        return progress;
    }

    /// <summary>The kata a file under katas/ belongs to, or null for any other file.</summary>
    public KataDefinition? KataOf(string path)
    {
        var relative = Path.GetRelativePath(course.KatasDirectory, Path.GetFullPath(path));
        var first = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        return course.Manifest.Katas.FirstOrDefault(kata => kata.Id == first);
    }

    private T Timed<T>(Func<T> grade)
    {
        var clock = Stopwatch.StartNew();
        var result = grade();
        LastDuration = clock.Elapsed;
        return result;
    }
}
