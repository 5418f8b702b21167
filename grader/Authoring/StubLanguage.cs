using System.Text.RegularExpressions;

namespace NeuralKatas.Grader.Authoring;

/// <summary>
/// What the stub generator needs to know about a language: how to find the type and member a
/// solution block sits in, and how to write the line that throws in its place.
/// </summary>
public sealed partial record StubLanguage(string Extension, Regex TypeDeclaration, Regex MemberDeclaration, Func<string, string> ThrowStatement)
{
    /// <summary>C#: static classes with static methods; the stub throws NotImplementedException.</summary>
    public static StubLanguage CSharp { get; } = new(
        ".cs",
        CSharpType(),
        CSharpMember(),
        message => $"throw new NotImplementedException(\"{message.Replace("\\", "\\\\").Replace("\"", "\\\"")}\");");

    /// <summary>
    /// F#: modules of let-bound functions; the public ones are PascalCase, which tells them from
    /// the camelCase bindings inside a body. The stub raises NotImplementedException.
    /// </summary>
    public static StubLanguage FSharp { get; } = new(
        ".fs",
        FSharpModule(),
        FSharpFunction(),
        message => $"raise (System.NotImplementedException(\"{message.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"))");

    /// <summary>The language of a file, from its extension.</summary>
    public static StubLanguage ForFile(string path) =>
        Path.GetExtension(path) switch
        {
            ".cs" => CSharp,
            ".fs" => FSharp,
            var other => throw new NotSupportedException($"{path}: no stub generator for '{other}' files."),
        };

    [GeneratedRegex(@"\bclass\s+(?<name>\w+)")]
    private static partial Regex CSharpType();

    [GeneratedRegex(@"\bpublic\s+static\s+[\w<>\[\],\s?]+?\s(?<name>\w+)\s*\(")]
    private static partial Regex CSharpMember();

    [GeneratedRegex(@"^\s*module\s+(?<name>\w+)")]
    private static partial Regex FSharpModule();

    [GeneratedRegex(@"^\s*let\s+(?:inline\s+|rec\s+)?(?<name>[A-Z]\w*)")]
    private static partial Regex FSharpFunction();
}
