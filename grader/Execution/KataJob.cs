namespace NeuralKatas.Grader.Execution;

/// <summary>One compiled kata for a worker to run.</summary>
/// <param name="Name">What the job is, for messages (for example "03-forward (isolated)").</param>
/// <param name="AssemblyPath">The compiled kata's assembly image on disk.</param>
/// <param name="SnapshotDirectory">Where the reference snapshots are, or null.</param>
/// <param name="Dependencies">Assemblies the kata loads besides the runtime, NUnit and FSharp.Core (the layers of an F# kata), as files named after them.</param>
public sealed record KataJob(string Name, string AssemblyPath, string? SnapshotDirectory, IReadOnlyList<string>? Dependencies = null)
{
    /// <summary>Writes a compiled kata and its dependencies into <paramref name="folder"/> and describes the job that runs it.</summary>
    public static KataJob For(string name, Compilation.CompiledKata compiled, string folder, string? snapshotDirectory)
    {
        var own = Directory.CreateDirectory(Path.Combine(folder, Guid.NewGuid().ToString("N"))).FullName;
        var assembly = Path.Combine(own, "kata.dll");
        File.WriteAllBytes(assembly, compiled.Image ?? throw new ArgumentException("The kata did not compile.", nameof(compiled)));
        var dependencies = compiled.Dependencies.Select(dependency =>
        {
            var path = Path.Combine(own, dependency.Name + ".dll");
            File.WriteAllBytes(path, dependency.Image);
            return path;
        }).ToList();
        return new KataJob(name, assembly, snapshotDirectory, dependencies);
    }
}
