namespace NeuralKatas.Tests.CompileServer;

/// <summary>
/// Sources that break compilers rather than tests, each the reference solutions with a payload in
/// 05-train (the last kata, so no later kata compiles it again): made at test time, because the
/// payloads are a hundred kilobytes of brackets, not something to keep in the repository.
/// </summary>
public sealed record HostileSource(string Name, Action<string> AddPayload, bool FSharp = false)
{
    /// <summary>The kata the payload is in.</summary>
    public const string Kata = "05-train";

    /// <summary>Every hostile source.</summary>
    public static IReadOnlyList<HostileSource> All { get; } =
    [
        new("deeply-nested-parentheses", katas => AppendCSharp(katas, $"public static class Deep\n{{\n    public static int Value = {Nested("(", 50_000)};\n}}\n")),
        new("deeply-nested-sum", katas => AppendCSharp(katas, $"public static class Deep\n{{\n    public static int Value = {Nested("1 + (", 40_000)};\n}}\n")),
        new("lambdas-in-overloaded-calls", katas => AppendCSharp(katas, OverloadedLambdas(14))),
        new("fsharp-long-list-literal", katas => AppendFSharp(katas, $"\nmodule Big =\n    let values = [ {string.Join("; ", Enumerable.Repeat("0", 40_000))} ]\n"), FSharp: true),
        new("huge-file", katas => AppendCSharp(katas, "// " + new string('x', 300 * 1024) + "\n")),
        new("binary-file", katas => File.WriteAllBytes(Path.Combine(katas, Kata, "Training.cs"), [.. Enumerable.Range(0, 1024).Select(i => (byte)i)])),
    ];

    /// <summary>No payload: the reference solutions as they are.</summary>
    public static HostileSource None { get; } = new("none", _ => { });

    /// <summary>The learner file the payload is in, as the report names it.</summary>
    public string LearnerFile => FSharp ? $"katas/{Kata}/fsharp/Training.fs" : $"katas/{Kata}/Training.cs";

    /// <summary>Writes the submission as &lt;work&gt;/&lt;name&gt;/katas/… and returns its folder.</summary>
    public string WriteInto(string work, string name)
    {
        var course = RepositoryRoot.Course;
        var katas = Path.Combine(work, name, "katas");
        foreach (var kata in course.Manifest.Katas)
        {
            foreach (var file in kata.LearnerFiles.Concat(kata.Id == Kata && FSharp ? kata.FSharpFiles : []))
            {
                var target = Path.Combine(katas, kata.Id, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(course.SolutionsDirectory, kata.Id, file), target);
            }
        }

        if (FSharp)
        {
            // The shipped C# stub beside a solved F# file: the kata is graded in F#.
            File.Copy(Path.Combine(course.KatasDirectory, Kata, "Training.cs"), Path.Combine(katas, Kata, "Training.cs"), overwrite: true);
        }

        AddPayload(katas);
        return Path.Combine(work, name);
    }

    /// <summary>The case's name in test output.</summary>
    public override string ToString() => Name;

    private static string Nested(string open, int depth) => string.Concat(Enumerable.Repeat(open, depth)) + "1" + new string(')', depth);

    // Overload resolution binds each lambda once per candidate, nested: 3^depth bindings.
    private static string OverloadedLambdas(int depth)
    {
        var calls = string.Concat(Enumerable.Range(0, depth).Select(i => $"M(a{i} => "));
        return "public static class Slow\n{\n"
            + "    private static int M(Func<int, int> f) => 0;\n"
            + "    private static int M(Func<string, int> f) => 0;\n"
            + "    private static int M(Func<double, int> f) => 0;\n"
            + $"    public static int Value = {calls}0{new string(')', depth)};\n}}\n";
    }

    private static void AppendCSharp(string katas, string code) => File.AppendAllText(Path.Combine(katas, Kata, "Training.cs"), "\n" + code);

    private static void AppendFSharp(string katas, string code) => File.AppendAllText(Path.Combine(katas, Kata, "fsharp", "Training.fs"), code);
}
