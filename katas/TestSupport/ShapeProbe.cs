namespace NeuralKatas.Testing;

/// <summary>
/// Data, a network, a forward pass and gradients whose sizes all differ (9 samples, 3 inputs,
/// 5 hidden nodes, 7 outputs), for reading shapes: here each shape belongs to one matrix only, so a
/// shape error or a result of the wrong shape says which matrix went where. No size is one more
/// than another, so a column of ones added to a matrix (a bias unit, the bias trick) makes a shape
/// of no matrix (with 5, 2, 3 and 4, X with a column of ones had H's shape, H with one an output-layer
/// matrix's, and ∂W1 with an extra row was hidden × hidden, as from Hᵀ). The fixtures have 3 samples
/// and 3 hidden nodes, where H·δ2 has the shape of Hᵀ·δ2 and such a slip passes unseen.
/// Only the shapes matter; the values are arbitrary finite numbers.
/// </summary>
public static class ShapeProbe
{
    /// <summary>Samples (rows of X).</summary>
    public const int Samples = 9;

    /// <summary>Inputs per sample.</summary>
    public const int Inputs = 3;

    /// <summary>Hidden nodes.</summary>
    public const int Hidden = 5;

    /// <summary>Outputs per sample.</summary>
    public const int Outputs = 7;

    /// <summary>How a failure message names the probe.</summary>
    public const string Description = "data whose sizes all differ (9 samples, 3 inputs, 5 hidden nodes, 7 outputs)";

    private static readonly Dictionary<(int, int), ProbeMatrix> Roles = new()
    {
        [(Samples, Inputs)] = ProbeMatrix.X,
        [(Inputs, Samples)] = ProbeMatrix.XT,
        [(Inputs, Hidden)] = ProbeMatrix.W1,
        [(Hidden, Inputs)] = ProbeMatrix.W1T,
        [(1, Hidden)] = ProbeMatrix.B1,
        [(Hidden, 1)] = ProbeMatrix.B1T,
        [(Samples, Hidden)] = ProbeMatrix.HiddenLayer,
        [(Hidden, Samples)] = ProbeMatrix.HiddenLayerT,
        [(Hidden, Outputs)] = ProbeMatrix.W2,
        [(Outputs, Hidden)] = ProbeMatrix.W2T,
        [(1, Outputs)] = ProbeMatrix.B2,
        [(Outputs, 1)] = ProbeMatrix.B2T,
        [(Samples, Outputs)] = ProbeMatrix.OutputLayer,
        [(Outputs, Samples)] = ProbeMatrix.OutputLayerT,
    };

    /// <summary>X, samples × inputs.</summary>
    public static Matrix Input() => Filled(Samples, Inputs, 0.3);

    /// <summary>Y, samples × outputs, between 0 and 1.</summary>
    public static Matrix Target() => Filled(Samples, Outputs, 0.6);

    /// <summary>A 3-5-7 network.</summary>
    public static Network Network() => new(
        new Layer(Filled(Inputs, Hidden, -0.2), Filled(1, Hidden, 0.1)),
        new Layer(Filled(Hidden, Outputs, 0.4), Filled(1, Outputs, -0.1)));

    /// <summary>A forward pass of the probe's shapes (its values are not those of any network).</summary>
    public static ForwardPass Forward() =>
        new(Filled(Samples, Hidden, 0.2), Filled(Samples, Hidden, 0.55), Filled(Samples, Outputs, -0.3), Filled(Samples, Outputs, 0.45));

    /// <summary>Gradients of the probe network's shapes.</summary>
    public static Gradients Gradients() =>
        new(Filled(Inputs, Hidden, 0.05), Filled(1, Hidden, -0.05), Filled(Hidden, Outputs, 0.02), Filled(1, Outputs, 0.03));

    /// <summary>The matrix of the probe a shape belongs to.</summary>
    public static ProbeMatrix RoleOf((int Rows, int Columns) shape) => Roles.GetValueOrDefault(shape, ProbeMatrix.None);

    /// <summary>True when <paramref name="actual"/> has every shape of <paramref name="expected"/> once, but not each in its own place (none is null).</summary>
    public static bool InAnotherOrder(IReadOnlyList<Matrix?> actual, IReadOnlyList<(int Rows, int Columns)> expected)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        var shapes = actual.Select(m => m is null ? (Rows: 0, Columns: 0) : (m.Rows, m.Columns)).ToList();
        return !shapes.SequenceEqual(expected) && shapes.Order().SequenceEqual(expected.Order());
    }

    /// <summary>True for a weight matrix of the probe, or its transpose.</summary>
    public static bool IsWeights(ProbeMatrix role) => role is ProbeMatrix.W1 or ProbeMatrix.W1T or ProbeMatrix.W2 or ProbeMatrix.W2T;

    /// <summary>True for the data or a layer's samples × nodes matrix (X, Z1, H, Z2, Ŷ, δ), or its transpose.</summary>
    public static bool IsData(ProbeMatrix role) =>
        role is ProbeMatrix.X or ProbeMatrix.XT or ProbeMatrix.HiddenLayer or ProbeMatrix.HiddenLayerT or ProbeMatrix.OutputLayer or ProbeMatrix.OutputLayerT;

    /// <summary>
    /// Runs the learner's code on the probe and reads its shapes: a shape error is named by
    /// <paramref name="errorRules"/> (which knows what each operand is, from <see cref="RoleOf"/>), or
    /// else by the given library's own hint; a result is judged by <paramref name="resultRules"/>. Null
    /// when the shapes are right, or when the code fails here in some other way (the fixture's own run
    /// reports that).
    /// </summary>
    /// <remarks>
    /// <paramref name="nameOperands"/> adds which probe matrix each operand is: true when the code is
    /// handed the probe's matrices, false when it builds its own (Train sizes its network itself).
    /// <paramref name="hintHolds"/>, when given, says whether the library's hint may name a shape error
    /// its rules leave unnamed: a "transposed" that a matrix of other values re-flowed would also give.
    /// </remarks>
    public static ShapeReading? Read<T>(Func<T> learnerCode, Func<ShapeError, Mistake?> errorRules, Func<T, ShapeReading?> resultRules, bool nameOperands,
        Func<ShapeError, bool>? hintHolds = null)
    {
        ArgumentNullException.ThrowIfNull(learnerCode);
        ArgumentNullException.ThrowIfNull(errorRules);
        ArgumentNullException.ThrowIfNull(resultRules);
        T result;
        try
        {
            result = learnerCode();
        }
        catch (ArgumentException error) when (ShapeMistakes.IsShapeError(error))
        {
            var parsed = ShapeError.Parse(error.Message);
            var mistake = (parsed is null ? null : errorRules(parsed))
                ?? (parsed is not null && hintHolds?.Invoke(parsed) == false ? null : ShapeMistakes.Recognise(error.Message));
            return new ShapeReading(mistake, $"On {Description} it throws: {error.Message}{(nameOperands ? Names(parsed) : string.Empty)}");
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return null;
        }

        return result is null ? null : resultRules(result);
    }

    /// <summary>A result matrix of the wrong shape on the probe, named by the shape it has instead; null when its shape is right.</summary>
    public static ShapeReading? Judge(string what, Matrix? actual, (int Rows, int Columns) expected, params ((int Rows, int Columns) Shape, Mistake Mistake)[] byShape)
    {
        ArgumentNullException.ThrowIfNull(byShape);
        if (actual is null || (actual.Rows, actual.Columns) == expected)
        {
            return null;
        }

        var mistake = byShape.Where(known => known.Shape == (actual.Rows, actual.Columns)).Select(known => known.Mistake).FirstOrDefault()
            ?? ((actual.Columns, actual.Rows) == expected ? Mistakes.TransposedMatrix : null);
        return new ShapeReading(mistake, $"On {Description}, {what} has shape {actual.Shape}; expected {expected.Rows}×{expected.Columns}.");
    }

    // Which matrices the operands are, in words, so the note reads without a table of shapes.
    private static string Names(ShapeError? error)
    {
        if (error is null)
        {
            return string.Empty;
        }

        var named = new[] { error.Left, error.Right }.Select(shape => (shape, name: NameOf(RoleOf(shape)))).Where(p => p.name is not null).ToList();
        return named.Count == 0 ? string.Empty : " Here " + string.Join(" and ", named.Select(p => $"{p.shape.Rows}×{p.shape.Columns} is {p.name}")) + ".";
    }

    private static string? NameOf(ProbeMatrix role) => role switch
    {
        ProbeMatrix.X => "X",
        ProbeMatrix.XT => "Xᵀ",
        ProbeMatrix.W1 => "W1",
        ProbeMatrix.W1T => "W1ᵀ",
        ProbeMatrix.B1 => "b1",
        ProbeMatrix.B1T => "b1ᵀ",
        ProbeMatrix.HiddenLayer => "a hidden-layer matrix (Z1, H, δ1 or σ′(Z1))",
        ProbeMatrix.HiddenLayerT => "a hidden-layer matrix transposed",
        ProbeMatrix.W2 => "W2",
        ProbeMatrix.W2T => "W2ᵀ",
        ProbeMatrix.B2 => "b2",
        ProbeMatrix.B2T => "b2ᵀ",
        ProbeMatrix.OutputLayer => "an output-layer matrix (Z2, Ŷ, Y, δ2 or σ′(Z2))",
        ProbeMatrix.OutputLayerT => "an output-layer matrix transposed",
        _ => null,
    };

    // Distinct, finite, small values; a start of its own for each matrix.
    private static Matrix Filled(int rows, int columns, double start) =>
        Matrix.FromFunction(rows, columns, (r, c) => start + (0.07 * r) - (0.05 * c));
}
