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
                $"The hidden layer has {hidden.FanOut} nodes, so the output weights need {hidden.FanOut} rows; got {output.Weights.Shape}." +
                (output.Weights.Columns == hidden.FanOut ? " They would fit transposed: are the output weights transposed (they are fan-in × fan-out)?" : string.Empty),
                nameof(output));
        }

        Hidden = hidden;
        Output = output;
    }

    /// <summary>W1 (inputs × hidden) and b1 (1 × hidden).</summary>
    public Layer Hidden { get; }

    /// <summary>W2 (hidden × outputs) and b2 (1 × outputs).</summary>
    public Layer Output { get; }
}
