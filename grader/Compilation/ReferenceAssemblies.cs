using Microsoft.CodeAnalysis;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// What kata code compiles against: the .NET runtime's own assemblies and NUnit, nothing else
/// from the grader's dependencies (Roslyn, the terminal library) is visible to learner code.
/// Loaded once per process: creating metadata references is the slowest part of a cold compile.
/// </summary>
public static class ReferenceAssemblies
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(Load);

    /// <summary>The references every kata compiles against.</summary>
    public static IReadOnlyList<MetadataReference> All => References.Value;

    private static IReadOnlyList<MetadataReference> Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var runtime = Directory.EnumerateFiles(runtimeDirectory, "*.dll")
            .Where(IsManagedAssembly)
            .Order(StringComparer.Ordinal);
        return [.. runtime.Append(typeof(NUnit.Framework.Assert).Assembly.Location).Select(path => MetadataReference.CreateFromFile(path))];
    }

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
