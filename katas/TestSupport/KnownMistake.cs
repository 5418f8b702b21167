namespace NeuralKatas.Testing;

/// <summary>
/// A catalogued mistake and what it returns for one test's input: when the learner's answer
/// equals <see cref="Produces"/> (same shape, same values within <see cref="Lesson.Tolerance"/>),
/// the failure names the mistake.
/// </summary>
/// <param name="Mistake">The mistake from the catalogue.</param>
/// <param name="Produces">Its result for this test's input; entries may be NaN or ±∞.</param>
public sealed record KnownMistake(Mistake Mistake, Matrix Produces)
{
    /// <summary>A mistake whose result is a single number (NaN and ±∞ allowed).</summary>
    public static KnownMistake Scalar(Mistake mistake, double produces) =>
        new(mistake, Matrix.FromFunction(1, 1, (_, _) => produces));

    /// <summary>A mistake that gives itself away by its shape alone: checked before any values.</summary>
    public static KnownMistake Shape(Mistake mistake, int rows, int columns) =>
        new(mistake, new Matrix(rows, columns)) { ShapeOnly = true };

    /// <summary>
    /// A mistake the test has already recognised from more than the value being compared (the
    /// whole result: a loss history that never changes, a pass whose matrices are swapped). It is
    /// named before any other, whatever the compared value is.
    /// </summary>
    public static KnownMistake Seen(Mistake mistake) =>
        new(mistake, new Matrix(1, 1)) { AlreadySeen = true };

    /// <summary>True when only the shape of <see cref="Produces"/> matters.</summary>
    public bool ShapeOnly { get; private init; }

    /// <summary>True when the mistake was recognised from the whole result (see <see cref="Seen"/>).</summary>
    public bool AlreadySeen { get; private init; }

    /// <summary>True when the mistake is named by comparing its values with the learner's.</summary>
    public bool Compared => !ShapeOnly && !AlreadySeen;
}
