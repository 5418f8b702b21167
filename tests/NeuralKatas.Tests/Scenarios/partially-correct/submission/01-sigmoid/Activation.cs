namespace NeuralKatas;

/// <summary>The sigmoid activation and its derivative.</summary>
public static class Activation
{
    /// <summary>σ(z) = 1 / (1 + e^(−z)): squashes any number into [0, 1].</summary>
    /// <param name="z">A pre-activation: any double, ±∞ included.</param>
    public static double Sigmoid(double z)
    {
        // For z → −∞, e^(−z) overflows to +∞ and 1 / ∞ is exactly 0, so the plain formula already
        // has the right limits. (e^z / (1 + e^z) would not: at z = 800 it is ∞ / ∞ = NaN.)
        return 1.0 / (1.0 + Math.Exp(-z));
    }

    /// <summary>σ′(z) = σ(z)·(1 − σ(z)): the slope of the sigmoid at the pre-activation z.</summary>
    /// <param name="z">The pre-activation z, not the activation σ(z).</param>
    public static double SigmoidDerivative(double z)
    {
        var s = Sigmoid(z);
        return s * (1.0 - s);
    }
}
