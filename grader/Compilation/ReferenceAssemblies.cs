using Microsoft.CodeAnalysis;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// What kata code compiles against. Learner code sees the .NET runtime's own assemblies only
/// (besides the given library and, for F#, FSharp.Core); the tests see NUnit as well. Nothing
/// else from the grader's dependencies (Roslyn, the terminal library) is visible to either.
/// Loaded once per process: creating metadata references is the slowest part of a cold compile.
/// </summary>
public static class ReferenceAssemblies
{
    private static readonly Lazy<IReadOnlyList<string>> RuntimePaths = new(() =>
        [.. Directory.EnumerateFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(IsManagedAssembly)
            .Order(StringComparer.Ordinal)]);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> RuntimeReferences = new(() =>
        [.. Paths.Select(path => MetadataReference.CreateFromFile(path))]);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> TestReferences = new(() =>
        [.. RuntimeReferences.Value, MetadataReference.CreateFromFile(typeof(NUnit.Framework.Assert).Assembly.Location)]);

    /// <summary>The references learner code compiles against: the runtime, never NUnit.</summary>
    public static IReadOnlyList<MetadataReference> Runtime => RuntimeReferences.Value;

    /// <summary>The references a kata's tests (and the test support) compile against: the runtime and NUnit.</summary>
    public static IReadOnlyList<MetadataReference> Tests => TestReferences.Value;

    /// <summary>The .NET runtime's own assemblies, as files (the F# compiler takes paths).</summary>
    public static IReadOnlyList<string> Paths => RuntimePaths.Value;

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
