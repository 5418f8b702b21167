using System.Reflection;
using System.Runtime.Loader;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// The collectible load context a kata runs in. It loads the kata's own layers (the given
/// library and F# parts, when there are any) from its own images; everything else (the
/// runtime, NUnit, FSharp.Core) comes from the worker's default context, so NUnit's runner and
/// the tests agree on NUnit's types.
/// </summary>
public sealed class KataLoadContext(IReadOnlyList<Compilation.AssemblyImage> dependencies)
    : AssemblyLoadContext($"kata-{Guid.NewGuid():N}", isCollectible: true)
{
    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var dependency = dependencies.FirstOrDefault(d => d.Name == assemblyName.Name);
        return dependency is null ? null : LoadFromStream(new MemoryStream(dependency.Image));
    }
}
