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
        "Z2 equals H·W2, or Ŷ equals σ(H·W2) (Z2 right, Ŷ taken from the product before b2 was added)");

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

    /// <summary>
    /// Ŷ holding H: σ of Z1 where σ of Z2 belongs (a line copied from H's), or H handed over in Ŷ's
    /// place. The two give the same pass, so they are one entry.
    /// </summary>
    public static Mistake ForwardOutputIsHidden { get; } = new(
        "forward-output-is-hidden",
        "Ŷ holds H, the hidden layer's activations: either the output line applies σ to Z1 (a line copied from H's, with only its name changed), or H was handed to new ForwardPass(z1, h, z2, output) where output goes. Ŷ = σ(Z2), the sigmoid of the output layer's own Z2.",
        "on the probe, where the layers differ in size, H and Ŷ are the same matrix");

    /// <summary>Z1 fed to the output layer instead of H.</summary>
    public static Mistake ForwardOutputFromZ1 { get; } = new(
        "forward-output-from-z1",
        "you fed Z1 to the output layer: it takes the activations H = σ(Z1).",
        "Z2 equals Z1·W2 + b2");

    /// <summary>One layer computed with another layer's weights, bias or input, or its bias added before its product.</summary>
    public static Mistake ForwardWrongLayer { get; } = new(
        "forward-wrong-layer",
        "a layer used another layer's weights, bias or input, or added its bias before the product: Z1 = X·W1 + b1 with network.Hidden, and Z2 = H·W2 + b2 with network.Output, fed with H, each bias added after its product.",
        "the given library reports a product or a bias that pairs one layer's matrix with the other layer's, or Z1 equals X·(W1 + b1), or Z2 H·(W2 + b2)");

    /// <summary>The right matrices in the wrong places of the ForwardPass.</summary>
    public static Mistake ForwardPassOutOfOrder { get; } = new(
        "forward-pass-out-of-order",
        "the right matrices in the wrong places: new ForwardPass(z1, h, z2, output) takes them in that order.",
        "the pass holds Z1, H, Z2 and Ŷ, but not each in its own place; or, on the probe, one matrix in two places where a shape does not fit, X itself in a place, or Z1 and H with the output layer's shape and Z2 and Ŷ with the hidden layer's");

    /// <summary>A bias added to σ(X·W1) or σ(H·W2) instead of inside it.</summary>
    public static Mistake ForwardBiasAfterSigmoid { get; } = new(
        "forward-bias-after-sigmoid",
        "you added a bias after the sigmoid: it goes inside, Z1 = X·W1 + b1 and then H = σ(Z1); Z2 = H·W2 + b2 and then Ŷ = σ(Z2).",
        "Z1 equals X·W1 and H equals σ(X·W1) + b1, or Z2 equals H·W2 and Ŷ equals σ(H·W2) + b2");

    /// <summary>σ′ applied where σ belongs.</summary>
    public static Mistake ForwardDerivativeAsActivation { get; } = new(
        "forward-derivative-as-activation",
        "you applied Activation.SigmoidDerivative: the activation is Activation.Sigmoid. σ′ is for backpropagation only.",
        "H equals σ′(Z1), or Ŷ equals σ′(Z2)");
}
