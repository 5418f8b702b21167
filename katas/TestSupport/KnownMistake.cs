namespace NeuralKatas.Testing;

/// <summary>
/// A mistake learners make, and the value it would produce on the test's input: when the
/// learner's answer equals that value, the failure message can name the mistake.
/// </summary>
/// <param name="Description">What the learner did, in words a learner recognises.</param>
/// <param name="Produces">What that mistake returns for this test's input.</param>
public sealed record KnownMistake(string Description, Matrix Produces)
{
    /// <summary>A mistake whose result is a single number.</summary>
    public static KnownMistake Scalar(string description, double produces) =>
        new(description, Matrix.RowVector([produces]));
}
