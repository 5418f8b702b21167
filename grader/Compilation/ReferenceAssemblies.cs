using Microsoft.CodeAnalysis;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// What kata code compiles against: the .NET runtime's own assemblies and NUnit, nothing else
/// from the grader's dependencies (Roslyn, the terminal library) is visible to learner code.
/// Loaded once per process: creating metadata references is the slowest part of a cold compile.
/// </summary>
public static class ReferenceAssemblies
{
    private static readonly Lazy<IReadOnlyList<string>> RuntimePaths = new(() =>
        [.. Directory.EnumerateFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(IsManagedAssembly)
            .Order(StringComparer.Ordinal)]);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        [.. Paths.Append(typeof(NUnit.Framework.Assert).Assembly.Location).Select(path => MetadataReference.CreateFromFile(path))]);

    /// <summary>The references every kata compiles against.</summary>
    public static IReadOnlyList<MetadataReference> All => References.Value;

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
