using System.Reflection;
using System.Security.Cryptography;

namespace NeuralKatas.Grader.Cache;

/// <summary>
/// What makes this build of the grader this build: a stored grade (<see cref="GradeCache"/>) and a
/// grade server (<see cref="Server.GradeServerAddress"/>) are only ever shared within one build.
/// </summary>
public static class BuildIdentity
{
    private static readonly Lazy<string> Found = new(Find);

    /// <summary>This build's identity, as one text.</summary>
    public static string Current => Found.Value;

    // The grader's own assembly changes with every change to its code (deterministic builds hash
    // their content), its dependency list with every package version, and the runtime's version
    // with every runtime update: any of them may change what a compile or a test run gives.
    private static string Find()
    {
        var grader = typeof(BuildIdentity).Assembly;
        var dependencies = Path.Combine(AppContext.BaseDirectory, $"{grader.GetName().Name}.deps.json");
        var listed = File.Exists(dependencies) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(dependencies))) : "no deps.json";
        return string.Join('|', grader.ManifestModule.ModuleVersionId, listed, Environment.Version, grader.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
    }
}
