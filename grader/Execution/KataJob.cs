namespace NeuralKatas.Grader.Execution;

/// <summary>One compiled kata for a worker to run.</summary>
/// <param name="Name">What the job is, for messages (for example "03-forward (isolated)").</param>
/// <param name="AssemblyPath">The compiled kata's assembly image on disk.</param>
/// <param name="SnapshotDirectory">Where the reference snapshots are, or null.</param>
/// <param name="Dependencies">The kata's own other assemblies (the learner's F# parts), as files named after them.</param>
/// <param name="SharedDependencies">The course library's assemblies, the same for every kata: a worker loads them once.</param>
public sealed record KataJob(string Name, string AssemblyPath, string? SnapshotDirectory, IReadOnlyList<string> Dependencies, IReadOnlyList<string> SharedDependencies)
{
    /// <summary>The full names of the course's fixtures, the only tests the worker runs (see <see cref="InProcessTestRunner.Fixtures"/>).</summary>
    public IReadOnlyList<string> Fixtures { get; init; } = [];

    /// <summary>Writes a compiled kata and its dependencies into <paramref name="folder"/> and describes the job that runs it.</summary>
    public static KataJob For(string name, Compilation.CompiledKata compiled, string folder, string? snapshotDirectory)
    {
        var own = Directory.CreateDirectory(Path.Combine(folder, Guid.NewGuid().ToString("N"))).FullName;
        var assembly = Path.Combine(own, "kata.dll");
        File.WriteAllBytes(assembly, compiled.Image ?? throw new ArgumentException("The kata did not compile.", nameof(compiled)));
        string Write(Compilation.AssemblyImage dependency)
        {
            var path = Path.Combine(own, dependency.Name + ".dll");
            File.WriteAllBytes(path, dependency.Image);
            return path;
        }

        return new KataJob(
            name,
            assembly,
            snapshotDirectory,
            [.. compiled.Dependencies.Where(d => !d.Shared).Select(Write)],
            [.. compiled.Dependencies.Where(d => d.Shared).Select(Write)])
        {
            Fixtures = InProcessTestRunner.Fixtures(compiled.TestLocations),
        };
    }
}
