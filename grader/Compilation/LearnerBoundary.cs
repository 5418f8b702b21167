namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// What the compile gate lets learner code reach: its own code, the assemblies it trusts whole
/// (the given library, the earlier katas' parts), the allow-list, and which type names it may
/// not declare.
/// </summary>
/// <param name="List">The allow-list.</param>
/// <param name="TrustedAssemblies">Assemblies whose every type and member learner code may use, by simple name.</param>
/// <param name="ReservedTypeNames">Simple names of the given library's and the test support's types: a learner type named like one could stand in for it.</param>
public sealed record LearnerBoundary(AllowList List, IReadOnlySet<string> TrustedAssemblies, IReadOnlySet<string> ReservedTypeNames)
{
    /// <summary>The one namespace learner types are declared in: the one the tests call.</summary>
    public const string LearnerNamespace = "NeuralKatas";
}
