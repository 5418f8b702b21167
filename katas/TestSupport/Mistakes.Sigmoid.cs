namespace NeuralKatas.Testing;

/// <summary>Kata 01's mistakes: the sigmoid and its derivative.</summary>
public static partial class Mistakes
{
    /// <summary>1 / (1 + e^z) and e^(−z) / (1 + e^(−z)) are the same number, 1 − σ(z), so they are one entry.</summary>
    public static Mistake SigmoidMirrored { get; } = new(
        "sigmoid-mirrored",
        "you returned 1 − σ(z): either the exponent lost its minus sign, 1 / (1 + e^z), or you wrote e^(−z) / (1 + e^(−z)). Both are the mirror image, everywhere or on one side of 0 only: in one branch of a two-branch σ, or through e^(−|z|), which is e^z for z < 0. σ(z) = 1 / (1 + e^(−z)) needs no branches.",
        "the value equals 1 / (1 + e^z), at every input or at every input on one side of 0");

    /// <summary>A form that divides ∞ by ∞ for large inputs.</summary>
    public static Mistake SigmoidOverflowsToNaN { get; } = new(
        "sigmoid-overflows-to-nan",
        "a form such as e^z / (1 + e^z) divides ∞ by ∞ when z is large. 1 / (1 + e^(−z)) has the right limits as it stands: 1 / ∞ is 0.",
        "NaN for a huge input");

    /// <summary>The 1 + left out of the denominator.</summary>
    public static Mistake SigmoidMissingOne { get; } = new(
        "sigmoid-missing-one",
        "you left out the 1 in the denominator: 1 / e^(−z) is e^z, which grows without bound. σ(z) = 1 / (1 + e^(−z)).",
        "the value equals e^z");

    /// <summary>tanh instead of the sigmoid.</summary>
    public static Mistake SigmoidIsTanh { get; } = new(
        "sigmoid-is-tanh",
        "you used tanh: it is another activation, with values in (−1, 1). This course uses σ(z) = 1 / (1 + e^(−z)), with values in (0, 1).",
        "the value equals Math.Tanh(z)");

    /// <summary>ReLU instead of the sigmoid.</summary>
    public static Mistake SigmoidIsRelu { get; } = new(
        "sigmoid-is-relu",
        "you used ReLU, max(0, z): it is another activation. This course uses σ(z) = 1 / (1 + e^(−z)).",
        "the value equals max(0, z)");

    /// <summary>A power of something other than e.</summary>
    public static Mistake SigmoidWrongBase { get; } = new(
        "sigmoid-wrong-base",
        "the power has the wrong base, or z a factor: σ(z) = 1 / (1 + e^(−z)) with e = 2.718281828…, the base of Math's exponential function, Exp. A typed-in 2.718, Math.Pow(2, -z), e^(−2z), or ½(1 + tanh z), which is σ(2z), each give 1 / (1 + c^(−z)) for another c: another curve. Math.Pow takes the base first: Math.Pow(-z, Math.E) is (−z)^e, NaN for every z > 0.",
        "the value is 1 / (1 + c^(−z)) for one c other than e at every input, or 1 / (1 + (−z)^e)");

    /// <summary>1 − e^(−z) in the denominator.</summary>
    public static Mistake SigmoidDenominatorSign { get; } = new(
        "sigmoid-denominator-sign",
        "a minus sign in the denominator: σ(z) = 1 / (1 + e^(−z)), with a plus. 1 / (1 − e^(−z)) divides by zero at z = 0 and leaves [0, 1] everywhere.",
        "the value equals 1 / (1 − e^(−z))");

    /// <summary>The denominator returned without the reciprocal.</summary>
    public static Mistake SigmoidMissingReciprocal { get; } = new(
        "sigmoid-missing-reciprocal",
        "you returned the denominator 1 + e^(−z) itself: σ(z) is one over it, 1 / (1 + e^(−z)).",
        "the value equals 1 + e^(−z)");

    /// <summary>A small constant added against a division by zero (or a log of 0) that σ never meets.</summary>
    public static Mistake SigmoidEpsilon { get; } = new(
        "sigmoid-epsilon",
        "you added a small constant ε, to the denominator or to the result, perhaps against a division by zero: 1 + e^(−z) is never less than 1, so σ(z) = 1 / (1 + e^(−z)) needs no ε, and one of 1e-8 already moves σ by more than these tests' 1e-9.",
        "1 / value − (1 + e^(−z)), or the value minus σ(z), is one small constant (0 < |ε| ≤ 0.001) at every input");

    /// <summary>The input, or the output, clipped to a range.</summary>
    public static Mistake SigmoidClipped { get; } = new(
        "sigmoid-clipped",
        "the input (or the result) was clipped to a range: far from 0 the sigmoid must reach its limit, 0 or 1. 1 / (1 + e^(−z)) gets there by itself, with no clipping and no NaN.",
        "right at ordinary inputs, and strictly between 0 and 1 at a huge one");

    /// <summary>A special case for huge inputs that returns a wrong limit: the other end, or tanh's −1.</summary>
    public static Mistake SigmoidSpecialCaseLimit { get; } = new(
        "sigmoid-special-case-limit",
        "a special case for huge or infinite inputs returns a wrong value: σ(z) → 1 as z → +∞ and → 0 as z → −∞ (never −1, which is tanh's limit, nor ½, which is σ(0)). 1 / (1 + e^(−z)) needs no special case at all.",
        "right at ordinary inputs, and the other limit, −1 or ½ at a huge one");

    /// <summary>The seed's bug: σ′ applied to σ(z).</summary>
    public static Mistake DerivativeOfActivation { get; } = new(
        "sigmoid-derivative-of-activation",
        "you computed σ′(σ(z)): the sigmoid was applied twice, the seed tutorial's bug. SigmoidDerivative receives the pre-activation z, so call Sigmoid(z) once and return s·(1 − s).",
        "the value equals σ(σ(z))·(1 − σ(σ(z))); at z = 4 it is 0.198 instead of 0.0177");

    /// <summary>a·(1 − a) written for an activation but given z.</summary>
    public static Mistake DerivativeWrittenForActivation { get; } = new(
        "sigmoid-derivative-written-for-activation",
        "you computed z·(1 − z) (for every input, or for the ones between 0 and 1, taken for activations): that is σ′ written for an activation a = σ(z), but it is always given z. Compute s = Sigmoid(z) first, or call Activation.SigmoidDerivative(z).",
        "the value equals z·(1 − z), at every input or at those in [0, 1] while right at the others, or the gradients are those with z·(1 − z) at Z2 and Z1");

    /// <summary>σ itself returned as its slope.</summary>
    public static Mistake DerivativeIsSigmoid { get; } = new(
        "sigmoid-derivative-is-sigmoid",
        "you returned σ(z) itself: the derivative is σ(z)·(1 − σ(z)).",
        "the value equals σ(z)");

    /// <summary>One of the two factors left out.</summary>
    public static Mistake DerivativeMissingFactor { get; } = new(
        "sigmoid-derivative-missing-factor",
        "you returned only one factor, 1 − σ(z) or σ(z)²: the derivative is the product σ(z)·(1 − σ(z)).",
        "the value equals 1 − σ(z) or σ(z)²");

    /// <summary>A sign slip in the second factor.</summary>
    public static Mistake DerivativeWrongSign { get; } = new(
        "sigmoid-derivative-wrong-sign",
        "a sign slip in the second factor: σ′(z) = σ(z)·(1 − σ(z)), never negative and at most ¼. You computed σ(z)·(σ(z) − 1) or σ(z)·(1 + σ(z)).",
        "the value equals s·(s − 1) or s·(1 + s), with s = σ(z), at every input");

    /// <summary>The derivative of tanh.</summary>
    public static Mistake DerivativeOfTanh { get; } = new(
        "sigmoid-derivative-of-tanh",
        "you returned 1 − tanh²(z), the slope of tanh: the slope of σ is σ(z)·(1 − σ(z)).",
        "the value equals 1 − tanh²(z)");

    /// <summary>σ′ returned as 0 past some |z|, a shortcut for a "saturated" sigmoid.</summary>
    public static Mistake DerivativeCutOff { get; } = new(
        "sigmoid-derivative-cut-off",
        "you returned 0 for inputs far from 0, a shortcut for a saturated sigmoid: σ′(z) = σ(z)·(1 − σ(z)) is small there but not 0 (6.1e-6 at z = 12), and s·(1 − s) costs no more than the comparison that skips it; it reaches 0 by itself where it underflows.",
        "right at every input up to some |z| of at least 2, and exactly 0 at every input beyond it, z = 12 among them");

    /// <summary>A form of σ′ that is ∞ / ∞ far from 0.</summary>
    public static Mistake DerivativeOverflowsToNaN { get; } = new(
        "sigmoid-derivative-overflows-to-nan",
        "a form such as e^(−z) / (1 + e^(−z))² divides ∞ by ∞ far from 0 (or your Sigmoid is NaN there). s·(1 − s) with s = Sigmoid(z) is 0 at both ends.",
        "NaN for a huge input");
}
