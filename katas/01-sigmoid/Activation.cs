namespace NeuralKatas;

/// <summary>The sigmoid activation and its derivative.</summary>
public static class Activation
{
    /// <summary>σ(z) = 1 / (1 + e^(−z)): squashes any number into [0, 1].</summary>
    /// <param name="z">A pre-activation: any double, ±∞ included.</param>
    public static double Sigmoid(double z)
    {
        // TODO: return σ(z) = 1 / (1 + e^(−z)); it must be 0 or 1, never NaN, for huge |z| and for ±∞.
        throw new NotImplementedException("Activation.Sigmoid is still a TODO in katas/01-sigmoid/Activation.cs: return σ(z) = 1 / (1 + e^(−z)); it must be 0 or 1, never NaN, for huge |z| and for ±∞.");
    }

    /// <summary>σ′(z) = σ(z)·(1 − σ(z)): the slope of the sigmoid at the pre-activation z.</summary>
    /// <param name="z">The pre-activation z, not the activation σ(z).</param>
    public static double SigmoidDerivative(double z)
    {
        // TODO: return σ′(z) = σ(z)·(1 − σ(z)); z is the pre-activation, so call Sigmoid(z) first.
        throw new NotImplementedException("Activation.SigmoidDerivative is still a TODO in katas/01-sigmoid/Activation.cs: return σ′(z) = σ(z)·(1 − σ(z)); z is the pre-activation, so call Sigmoid(z) first.");
    }
}
