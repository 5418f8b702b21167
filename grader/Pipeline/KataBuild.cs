using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Grader.Pipeline;

/// <summary>One compiled variant of a kata, ready for the worker (or the reason it is not).</summary>
/// <param name="Compiled">The compile's outcome; null when a learner file is missing.</param>
/// <param name="Missing">The missing learner file, as the learner knows it, or null.</param>
public sealed record KataBuild(CompiledKata? Compiled, string? Missing)
{
    /// <summary>True when there is an assembly to run.</summary>
    public bool Runnable => Compiled is { Succeeded: true };
}
