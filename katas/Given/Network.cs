namespace NeuralKatas;

/// <summary>A network with one hidden layer: input → <see cref="Hidden"/> → <see cref="Output"/>.</summary>
public sealed record Network
{
    /// <summary>A network; the output layer's fan-in must equal the hidden layer's fan-out.</summary>
    public Network(Layer hidden, Layer output)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(output);
        if (output.FanIn != hidden.FanOut)
        {
            throw new ArgumentException(
                $"The hidden layer has {hidden.FanOut} nodes, so the output weights need {hidden.FanOut} rows; got {output.Weights.Shape}." + Likely(hidden, output),
                nameof(output));
        }

        Hidden = hidden;
        Output = output;
    }

    // Output weights of W1's own shape are most often the hidden layer passed again (a copy-paste);
    // they would fit turned round too, so the message names both and does not guess.
    private static string Likely(Layer hidden, Layer output) =>
        output.Weights.Rows == hidden.Weights.Rows && output.Weights.Columns == hidden.Weights.Columns
            ? " They have the hidden layer's own shape: is W1 passed again, or are the output weights turned round (they are fan-in × fan-out)?"
            : output.Weights.Columns == hidden.FanOut ? " They would fit transposed: are the output weights transposed (they are fan-in × fan-out)?" : string.Empty;

    /// <summary>W1 (inputs × hidden) and b1 (1 × hidden).</summary>
    public Layer Hidden { get; }

    /// <summary>W2 (hidden × outputs) and b2 (1 × outputs).</summary>
    public Layer Output { get; }
}
