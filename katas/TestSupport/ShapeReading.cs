namespace NeuralKatas.Testing;

/// <summary>What a test makes of a shape problem: the mistake it names (or none) and a line that says how it knows.</summary>
/// <param name="Mistake">The catalogued mistake, or null when the shapes say nothing certain.</param>
/// <param name="Note">What was seen, for the failure message, or null.</param>
public sealed record ShapeReading(Mistake? Mistake, string? Note);
