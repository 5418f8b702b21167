namespace NeuralKatas.Grader.Compilation;

/// <summary>One namespace, type or attribute of allow-list.json.</summary>
/// <param name="Name">Its .NET full name, without generic arity.</param>
/// <param name="Why">Why a kata may use it.</param>
public sealed record AllowListEntry(string Name, string Why)
{
    /// <summary>When set, only these members (by name; constructors are .ctor) are allowed.</summary>
    public IReadOnlyList<string>? Members { get; init; }

    /// <summary>Members or nested types of a type otherwise allowed whole that are not.</summary>
    public IReadOnlyList<string>? Except { get; init; }
}
