using System.Collections.Concurrent;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Loading;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Tests.Loading;

namespace NeuralKatas.Tests.Scenarios;

/// <summary>
/// Grades scenarios through the real pipeline (loader, compiler, worker process, scorer), each
/// once per test run: the golden-file test and the claims about it share the report.
/// </summary>
public static class ScenarioGrader
{
    // One pipeline, so the compiler warms up once.
    private static readonly Lazy<GradingPipeline> SharedPipeline = new(() => new GradingPipeline(RepositoryRoot.Course));

    private static readonly ConcurrentDictionary<string, Lazy<GradeReport>> Reports = new(StringComparer.Ordinal);

    /// <summary>
    /// The limits scenarios are graded under. Six seconds per kata is ample for the reference (well
    /// under one) and for the slowest catalogued mistake, `train-default-epochs` (10 000 epochs in
    /// every call of Train: about 2 s, and past three on a machine with a load of 6–8, where it timed
    /// out), and keeps the endless loop's case short; a 128 MiB heap (the reference needs a few) lets
    /// the out-of-memory case reach its limit quickly, well inside that time, even on a busy machine.
    /// </summary>
    public static WorkerLimits Limits { get; } = WorkerLimits.Default with { TimePerKata = TimeSpan.FromSeconds(6), MemoryBytes = 128L << 20 };

    /// <summary>The pipeline every scenario is graded with.</summary>
    public static GradingPipeline Pipeline => SharedPipeline.Value;

    /// <summary>The report grading <paramref name="scenario"/> gives.</summary>
    public static GradeReport Grade(Scenario scenario) =>
        Reports.GetOrAdd(scenario.ExpectedReportPath, _ => new Lazy<GradeReport>(() => GradeNow(scenario))).Value;

    /// <summary>Grades <paramref name="scenario"/> again, now, as <see cref="Grade"/> did the first time.</summary>
    public static GradeReport GradeNow(Scenario scenario)
    {
        using var work = new TemporaryFolder();
        using var submission = SubmissionLoader.Load(ScenarioSubmission.Build(scenario, work.Path), RepositoryRoot.Course.Manifest);
        return Pipeline.Grade(submission.Name, submission.KatasRoot, new GradeOptions(scenario.KataId, [], Limits) { Language = scenario.Language });
    }
}
