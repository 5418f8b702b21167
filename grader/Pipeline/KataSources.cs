using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Grader.Pipeline;

/// <summary>A kata's sources as the compiler gets them, or the build that says why there are none.</summary>
/// <param name="Steps">The learner's steps up to the kata, in order; null when refused.</param>
/// <param name="Tests">The kata's tests (with any extra tests).</param>
/// <param name="Refusal">A missing or unreadable learner file, as a build; null when the sources are whole.</param>
public sealed record KataSources(IReadOnlyList<LearnerStep>? Steps, IReadOnlyList<SourceFile> Tests, KataBuild? Refusal)
{
    /// <summary>Sources that cannot be compiled, for the reason <paramref name="build"/> gives.</summary>
    public static KataSources Refused(KataBuild build) => new(null, [], build);
}
