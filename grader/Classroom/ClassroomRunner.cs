using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Classroom;

/// <summary>
/// One runner of the Classroom reporter: a name in its <c>runners</c> input, read from the
/// environment variable <c>&lt;ID IN CAPITALS&gt;_RESULTS</c>. One per kata, in manifest order, and
/// last the integrity runner, worth no points, which says whether protected files were changed.
/// </summary>
/// <param name="Id">Letters and digits only (the reporter rejects anything else): kata01, …, integrity.</param>
/// <param name="KataId">The kata it reports, or null for the integrity runner.</param>
public sealed record ClassroomRunner(string Id, string? KataId)
{
    /// <summary>The id of the runner that reports changed protected files.</summary>
    public const string IntegrityId = "integrity";

    /// <summary>Every runner of a course, in the order the workflow lists them.</summary>
    public static IReadOnlyList<ClassroomRunner> For(Manifest manifest) =>
        [.. manifest.Katas.Select(kata => new ClassroomRunner(IdOf(kata.Id), kata.Id)), new ClassroomRunner(IntegrityId, null)];

    /// <summary>The runner id of a kata: "kata" and the kata's number, 01-sigmoid → kata01.</summary>
    public static string IdOf(string kataId) => "kata" + new string([.. kataId.TakeWhile(char.IsAsciiLetterOrDigit)]);

    /// <summary>The name of the step output (and so of the reporter's variable) that carries this runner's result.</summary>
    public string Variable => Id.ToUpperInvariant() + "_RESULTS";
}
