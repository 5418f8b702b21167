using FSharp.Compiler.CodeAnalysis;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// The allow-list compile gate for F#: every symbol use the F# compiler service reports in the
/// learner's files (entities, members, functions, fields, union cases) is judged against the same
/// list as C#, by its .NET full name, with the types in its signature; learner types live in the
/// kata's namespace under names of their own, and attributes outside the short list are refused.
/// </summary>
public static class FSharpGate
{
    /// <summary>The refusals in a checked project, at the learner's lines (files named through <paramref name="displayName"/>).</summary>
    public static IReadOnlyList<CompileDiagnostic> Check(FSharpCheckProjectResults results, string assemblyName, LearnerBoundary boundary, Func<string, string> displayName)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(boundary);
        ArgumentNullException.ThrowIfNull(displayName);

        var judge = new FSharpSymbols(boundary, assemblyName);
        return results.GetAllUsesOfAllSymbols(null)
            .Select(use => (use, refusal: use.IsFromDefinition ? judge.Declared(use.Symbol) : judge.Judge(use.Symbol)))
            .Where(found => found.refusal is not null)
            .Select(found => found.refusal!.At(displayName(found.use.FileName), found.use.Range.StartLine, found.use.Range.StartColumn + 1))
            .DistinctBy(diagnostic => (diagnostic.File, diagnostic.Line, diagnostic.Message))
            .OrderBy(diagnostic => diagnostic.File, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Line)
            .ThenBy(diagnostic => diagnostic.Column)
            .ToList();
    }
}
