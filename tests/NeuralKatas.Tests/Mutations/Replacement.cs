namespace NeuralKatas.Tests.Mutations;

/// <summary>An exact-text edit.</summary>
/// <param name="Find">The text to find.</param>
/// <param name="Replace">What it becomes.</param>
public sealed record Replacement(string Find, string Replace);
