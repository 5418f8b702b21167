namespace NeuralKatas.Testing;

/// <summary>Kata 03's mistakes: the forward pass.</summary>
public static partial class Mistakes
{
    /// <summary>b1 left out.</summary>
    public static Mistake ForwardMissingHiddenBias { get; } = new(
        "forward-missing-hidden-bias",
        "you left out the bias: add b1 to every row with AddRowVector(network.Hidden.Bias) before the sigmoid.",
        "Z1 equals X·W1, or H equals σ(X·W1)");

    /// <summary>b2 left out.</summary>
    public static Mistake ForwardMissingOutputBias { get; } = new(
        "forward-missing-output-bias",
        "you left out the output bias: add b2 with AddRowVector(network.Output.Bias).",
        "Z2 equals H·W2");

    /// <summary>σ applied where the pre-activation belongs.</summary>
    public static Mistake ForwardActivationInZ { get; } = new(
        "forward-sigmoid-in-z",
        "you applied σ already: Z1 and Z2 are the pre-activations, before the sigmoid; H and Ŷ are after it.",
        "Z1 equals H");

    /// <summary>σ left out of a layer.</summary>
    public static Mistake ForwardMissingActivation { get; } = new(
        "forward-missing-sigmoid",
        "you left out the sigmoid: H = σ(Z1) and Ŷ = σ(Z2), applied to every entry with Map(Activation.Sigmoid).",
        "H equals Z1, or Ŷ equals Z2");

    /// <summary>Z1 fed to the output layer instead of H.</summary>
    public static Mistake ForwardOutputFromZ1 { get; } = new(
        "forward-output-from-z1",
        "you fed Z1 to the output layer: it takes the activations H = σ(Z1).",
        "Z2 equals Z1·W2 + b2");
}
