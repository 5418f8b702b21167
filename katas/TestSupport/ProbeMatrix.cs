namespace NeuralKatas.Testing;

/// <summary>Which matrix of <see cref="ShapeProbe"/> a shape belongs to; a name ending in T is the transpose.</summary>
public enum ProbeMatrix
{
    /// <summary>A shape no matrix of the probe has.</summary>
    None,

    /// <summary>X, samples × inputs.</summary>
    X,

    /// <summary>Xᵀ.</summary>
    XT,

    /// <summary>W1, inputs × hidden.</summary>
    W1,

    /// <summary>W1ᵀ.</summary>
    W1T,

    /// <summary>b1, 1 × hidden.</summary>
    B1,

    /// <summary>b1ᵀ.</summary>
    B1T,

    /// <summary>Samples × hidden: Z1, H, δ1 and σ′(Z1).</summary>
    HiddenLayer,

    /// <summary>The transpose of a samples × hidden matrix.</summary>
    HiddenLayerT,

    /// <summary>W2, hidden × outputs.</summary>
    W2,

    /// <summary>W2ᵀ.</summary>
    W2T,

    /// <summary>b2, 1 × outputs.</summary>
    B2,

    /// <summary>b2ᵀ.</summary>
    B2T,

    /// <summary>Samples × outputs: Z2, Ŷ, Y, δ2 and σ′(Z2).</summary>
    OutputLayer,

    /// <summary>The transpose of a samples × outputs matrix.</summary>
    OutputLayerT,
}
