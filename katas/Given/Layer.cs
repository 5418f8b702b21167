namespace NeuralKatas;

/// <summary>
/// One layer of weights: <see cref="Weights"/> is fan-in × fan-out (one row per input node,
/// one column per node of this layer) and <see cref="Bias"/> is a 1 × fan-out row vector.
/// </summary>
public sealed record Layer
{
    /// <summary>A layer; the bias must be a 1 × fan-out row vector that fits the weights.</summary>
    public Layer(Matrix weights, Matrix bias)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        if (bias.Rows != 1 || bias.Columns != weights.Columns)
        {
            throw new ArgumentException(
                $"A layer with {weights.Shape} weights needs a 1×{weights.Columns} bias (one per node, as a row vector); got {bias.Shape}.{LikelyTranspose(weights, bias)}",
                nameof(bias));
        }

        Weights = weights;
        Bias = bias;
    }

    // A bias that does not fit is most often a transposed bias or transposed weights; say which.
    private static string LikelyTranspose(Matrix weights, Matrix bias)
    {
        if (bias.Columns == 1 && bias.Rows == weights.Columns)
        {
            return " It is a column: the bias is transposed.";
        }

        return bias.Rows == 1 && bias.Columns == weights.Rows
            ? $" The bias would fit {weights.Columns}×{weights.Rows} weights: are the weights transposed (they are fan-in × fan-out)?"
            : string.Empty;
    }

    /// <summary>fan-in × fan-out: entry [i, j] connects input node i to this layer's node j.</summary>
    public Matrix Weights { get; }

    /// <summary>1 × fan-out: one bias per node of this layer.</summary>
    public Matrix Bias { get; }

    /// <summary>The number of nodes feeding this layer.</summary>
    public int FanIn => Weights.Rows;

    /// <summary>The number of nodes in this layer.</summary>
    public int FanOut => Weights.Columns;
}
