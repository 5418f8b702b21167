using NeuralKatas.Grader.Cache;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Pipeline;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// One request to a grade server: a submission the client has already found and unpacked, and the
/// options it would have graded it with itself. Every path is absolute: the server runs elsewhere.
/// </summary>
/// <param name="Id">A fresh id the answer must carry back, so an answer is never taken for another request's.</param>
/// <param name="CourseRoot">The course graded against; a server serves one.</param>
/// <param name="Submission">The submission's name, as the report shows it.</param>
/// <param name="KatasRoot">The folder holding the submission's kata folders.</param>
/// <param name="KataId">The one kata to grade, or null for every kata.</param>
/// <param name="ExtraTestFolders">The instructor's extra test folders.</param>
/// <param name="Limits">The worker's and the compiler's limits, and the sandbox.</param>
/// <param name="Language">The language every kata is graded in, or null to detect it per kata.</param>
/// <param name="Isolate">Whether each kata is graded with the reference code of the earlier katas.</param>
/// <param name="CacheFolder">The learner's cache of kata grades, or null to keep nothing (anyone else's work).</param>
public sealed record GradeRequest(
    string Id,
    string CourseRoot,
    string Submission,
    string KatasRoot,
    string? KataId,
    IReadOnlyList<string> ExtraTestFolders,
    ServedLimits Limits,
    KataLanguage? Language,
    bool Isolate,
    string? CacheFolder)
{
    /// <summary>The request to grade <paramref name="katasRoot"/> of <paramref name="course"/> with <paramref name="options"/>.</summary>
    public static GradeRequest For(CourseLayout course, string name, string katasRoot, GradeOptions options)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(options);
        return new(
            Guid.NewGuid().ToString("N"),
            course.Root,
            name,
            Path.GetFullPath(katasRoot),
            options.KataId,
            [.. options.ExtraTestFolders.Select(Path.GetFullPath)],
            ServedLimits.Of(options),
            options.Language,
            options.Isolate,
            options.Cache is { } cache ? Path.GetFullPath(cache.Folder) : null);
    }

    /// <summary>The options to grade this request with, or why it cannot be graded here.</summary>
    public (GradeOptions? Options, string? Refusal) Options()
    {
        if (!new[] { CourseRoot, KatasRoot }.Concat(ExtraTestFolders).Append(CacheFolder ?? "/").All(Path.IsPathFullyQualified))
        {
            return (null, "every path of a request must be absolute");
        }

        var (worker, compile, refusal) = Limits.Apply();
        if (worker is null || compile is null)
        {
            return (null, refusal);
        }

        return (new GradeOptions(KataId, ExtraTestFolders, worker)
        {
            CompileLimits = compile,
            Language = Language,
            Isolate = Isolate,
            Cache = CacheFolder is null ? null : new GradeCache(CacheFolder),
        }, null);
    }
}
