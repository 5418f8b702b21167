using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Grader.Scoring;

/// <summary>One kata's grade within a submission.</summary>
/// <param name="Id">The kata's id, for example 01-sigmoid.</param>
/// <param name="Title">The kata's title from the manifest.</param>
/// <param name="Status">How grading it ended.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points available (from the manifest).</param>
/// <param name="Tests">Every test, in source order; empty when none could run.</param>
/// <param name="Diagnostics">Compile errors (the compiler's and the compile gate's), at the learner's file and line.</param>
/// <param name="Error">What went wrong when the tests could not run or finish (timeout, crash, flood); null otherwise.</param>
/// <param name="Isolation">
/// Set when the kata was graded in isolation (the reference code of the earlier katas in place
/// of the learner's) and its result differs on the learner's own earlier code: says so in words.
/// </param>
public sealed record KataGrade(
    string Id,
    string Title,
    KataStatus Status,
    double Score,
    double MaxScore,
    IReadOnlyList<TestGrade> Tests,
    IReadOnlyList<CompileDiagnostic> Diagnostics,
    string? Error,
    string? Isolation);
