namespace NeuralKatas.Grader.Compilation;

/// <summary>Why the compile gate refuses a piece of learner code.</summary>
/// <param name="Id">NK0001 for an API that is not allowed, NK0002 for a type declared where or as it may not be, NK0003 for a language feature.</param>
/// <param name="Message">What was refused and what to do instead, in plain words.</param>
public sealed record Refusal(string Id, string Message)
{
    /// <summary>The id of an API that is not on the allow-list.</summary>
    public const string ApiId = "NK0001";

    /// <summary>The id of a type declared outside the kata's namespace or named like a course type.</summary>
    public const string DeclarationId = "NK0002";

    /// <summary>The id of a language feature kata code may not use.</summary>
    public const string FeatureId = "NK0003";

    /// <summary>An API refused by the allow-list.</summary>
    public static Refusal Api(AllowList list, string fullName) => new(ApiId, list.Refusal(fullName));

    /// <summary>A language feature refused.</summary>
    public static Refusal Feature(string message) => new(FeatureId, message);

    /// <summary>The diagnostic at a place in the learner's file.</summary>
    public CompileDiagnostic At(string file, int line, int column) => new(file, line, column, Id, Message);
}
