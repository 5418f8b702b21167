namespace NeuralKatas.Testing;

/// <summary>Kata 04's mistakes: the gradients and the update.</summary>
public static partial class Mistakes
{
    /// <summary>The seed's bug inside backpropagation.</summary>
    public static Mistake BackpropDerivativeOfActivation { get; } = new(
        "backprop-derivative-of-activation",
        "σ′ applied to the activations: σ′(Ŷ) and σ′(H) are σ′(σ(z)), the seed tutorial's bug. Pass the pre-activations Z2 and Z1 to SigmoidDerivative.",
        "the gradients equal those with σ′ taken at Ŷ and H, or at one of them");

    /// <summary>
    /// δ2 = Ŷ − Y: σ′(Z2) left out, or cancelled by the cross-entropy derivative it multiplies (the two
    /// give the same values, so they are one entry).
    /// </summary>
    public static Mistake BackpropMissingDerivative { get; } = new(
        "backprop-missing-derivative",
        "δ2 came out as Ŷ − Y (in every gradient, or in the one ∂b2 sums), without the σ′(Z2) factor: either σ′ is missing (δ2 = (Ŷ − Y) ⊙ σ′(Z2), and δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1) needs its σ′ too), or δ2 started from the cross-entropy derivative −(Y / Ŷ − (1 − Y) / (1 − Ŷ)), which σ′(Z2) cancels to Ŷ − Y. This course's loss is ½ Σ (Ŷ − Y)², whose derivative with respect to Ŷ is Ŷ − Y.",
        "the gradients equal those with σ′ replaced by 1: δ2 is Ŷ − Y, whether σ′(Z2) was left out or cancelled a cross-entropy derivative; or ∂W2 is right and ∂b2 alone equals the column sums of Ŷ − Y");

    /// <summary>No σ′(Z1) factor in the hidden layer.</summary>
    public static Mistake BackpropMissingHiddenDerivative { get; } = new(
        "backprop-missing-hidden-derivative",
        "a missing derivative in the hidden layer: δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1) needs the σ′(Z1) factor, and ∂W1 and ∂b1 are both made from δ1 after it (∂b1 too is the column sums of δ1, not of δ2·W2ᵀ).",
        "the output gradients are right and the hidden ones equal those with σ′(Z1) replaced by 1, or ∂W1 is right and ∂b1 alone equals the column sums of δ2·W2ᵀ");

    /// <summary>Y − Ŷ where Ŷ − Y belongs.</summary>
    public static Mistake BackpropWrongErrorSign { get; } = new(
        "backprop-wrong-error-sign",
        "a wrong sign in δ, so these gradients point uphill: the error is Ŷ − Y (prediction minus target), and σ′ = σ·(1 − σ) is never negative (σ·(σ − 1) is). One sign flipped in either flips every gradient.",
        "every gradient is the negative of the right one");

    /// <summary>Divided by the number of samples.</summary>
    public static Mistake BackpropAveraged { get; } = new(
        "backprop-averaged",
        "averaging instead of summing: L sums over the samples, so the gradients do too; do not divide by n (or by any other count).",
        "every gradient is the right one divided by the same whole number (2 to 10), or a bias gradient alone is the right one divided by the number of samples");

    /// <summary>Every gradient zero: one factor of 0 on them all, most often a fraction of whole numbers.</summary>
    public static Mistake BackpropZeroFactor { get; } = new(
        "backprop-zero-factor",
        "every gradient is 0, so a factor of 0 multiplies them all: most often a fraction written between whole numbers, 1 / n to average or the loss's 1 / 2, which integer division makes 0 (1.0 / 2 is ½). L = ½ Σ (Ŷ − Y)² needs neither: its derivative is Ŷ − Y, summed over the samples, with no factor.",
        "∂W1, ∂b1, ∂W2 and ∂b2 are all exactly 0 while the outputs miss their targets");

    /// <summary>A bias gradient that was never summed over the samples.</summary>
    public static Mistake BackpropBiasNotSummed { get; } = new(
        "backprop-bias-not-summed",
        "a bias gradient with one row per sample: ∂b is 1 × fan-out, the column sums of δ (δ.SumColumns()), because the same bias is added to every sample.",
        "∂b has n rows");

    /// <summary>∂W1 from the hidden activations instead of the inputs.</summary>
    public static Mistake BackpropHiddenWeightsFromH { get; } = new(
        "backprop-w1-from-h",
        "∂W1 must be Xᵀ·δ1, inputs × hidden: a hidden × hidden result means Hᵀ took the place of Xᵀ.",
        "∂W1 is hidden × hidden");

    /// <summary>∂W2 from the inputs instead of the hidden activations.</summary>
    public static Mistake BackpropOutputWeightsFromX { get; } = new(
        "backprop-w2-from-x",
        "∂W2 must be Hᵀ·δ2, hidden × outputs: an inputs × outputs result means Xᵀ took the place of Hᵀ.",
        "∂W2 is inputs × outputs");

    /// <summary>The error sent back through W1, or σ′ of the other layer.</summary>
    public static Mistake BackpropWrongLayer { get; } = new(
        "backprop-wrong-layer",
        "a matrix of the other layer: the error goes back through W2, δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1), with the hidden layer's own Z1, in that order (δ2 reaches the hidden layer's size through W2ᵀ before σ′(Z1) can multiply it); ∂W1 and ∂b1 come from δ1, ∂W2 and ∂b2 from δ2.",
        "the given library reports an operation that pairs a hidden-layer matrix with an output-layer one");

    /// <summary>A bias gradient summed over the nodes instead of over the samples.</summary>
    public static Mistake BackpropBiasSummedWrongAxis { get; } = new(
        "backprop-bias-summed-wrong-axis",
        "a bias gradient summed along the wrong axis: ∂b is δ.SumColumns(), one entry per node, each summed over the samples (rows), not over the nodes and not over everything (δ.Sum()).",
        "∂b has one entry per sample, or a single entry, when samples and nodes differ in number; or, where they do not, δ's row sums or δ.Sum() in every entry");

    /// <summary>The right gradients in the wrong places of Gradients.</summary>
    public static Mistake BackpropGradientsOutOfOrder { get; } = new(
        "backprop-gradients-out-of-order",
        "the right gradients in the wrong places: new Gradients(∂W1, ∂b1, ∂W2, ∂b2) takes the hidden layer's first, each weight gradient before its bias.",
        "on the probe, where every parameter has a shape of its own, the four gradients have the right shapes in another order");

    /// <summary>The output layer is right and the hidden layer is wrong in a way no other entry explains.</summary>
    public static Mistake BackpropHiddenErrorPath { get; } = new(
        "backprop-hidden-error-path",
        "the error goes wrong on its way back to the hidden layer: δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1) starts from δ2 itself (the output error with its σ′(Z2)), goes back through all of the W2 the forward pass used (not an updated one), and is multiplied entry by entry by σ′ taken at Z1. Check each of those pieces.",
        "the output gradients are right, the hidden ones are not, and no more specific entry matches");

    /// <summary>θ + η·∂L/∂θ.</summary>
    public static Mistake UpdateWrongSign { get; } = new(
        "update-wrong-sign",
        "a wrong update sign: θ + η·∂L/∂θ climbs the loss. Subtract the scaled gradient.",
        "the result equals θ + η·∂L/∂θ");

    /// <summary>η left out.</summary>
    public static Mistake UpdateMissingLearningRate { get; } = new(
        "update-missing-learning-rate",
        "you left out the learning rate: scale the gradient by η before subtracting it.",
        "the result equals θ − ∂L/∂θ");

    /// <summary>The network handed back as it came.</summary>
    public static Mistake UpdateReturnsUnchanged { get; } = new(
        "update-returns-unchanged",
        "you returned the network unchanged: every parameter θ becomes θ − η·∂L/∂θ.",
        "the result equals the parameters before the update");

    /// <summary>η applied twice.</summary>
    public static Mistake UpdateLearningRateTwice { get; } = new(
        "update-learning-rate-twice",
        "the learning rate is applied twice: the step is η·∂L/∂θ, scaled by η once.",
        "the result equals θ − η²·∂L/∂θ");

    /// <summary>A parameter stepped with another parameter's gradient.</summary>
    public static Mistake UpdateWrongGradient { get; } = new(
        "update-wrong-gradient",
        "a parameter stepped with another parameter's gradient: W1 takes ∂W1, b1 ∂b1, W2 ∂W2 and b2 ∂b2.",
        "the given library reports a step between two parameters' shapes");

    /// <summary>A layer of the new network built from the other layer's parameters.</summary>
    public static Mistake UpdateWrongLayer { get; } = new(
        "update-wrong-layer",
        "a layer built from the other layer's parameters: new Network(new Layer(W1 − η·∂W1, b1 − η·∂b1), new Layer(W2 − η·∂W2, b2 − η·∂b2)), the hidden layer first and each from its own.",
        "on the probe, the given Network reports output weights of W1's shape, or the given Layer one layer's weights with the other layer's bias");

    /// <summary>Some parameters updated, some passed on as they were.</summary>
    public static Mistake UpdateParameterSkipped { get; } = new(
        "update-parameter-skipped",
        "a parameter was passed on without its step: every parameter, the biases included, becomes θ − η·∂L/∂θ.",
        "this parameter equals its value before the update while others changed");
}
