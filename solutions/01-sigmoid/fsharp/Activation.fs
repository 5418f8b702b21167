namespace NeuralKatas

/// The sigmoid activation and its derivative. Compiles to the static class NeuralKatas.Activation
/// that the C# tests call, with the same method names.
[<RequireQualifiedAccess>]
module Activation =

    /// σ(z) = 1 / (1 + e^(−z)): squashes any number into [0, 1].
    let Sigmoid (z: float) : float =
        // BEGIN SOLUTION: return σ(z) = 1 / (1 + e^(−z)); it must be 0 or 1, never NaN, for huge |z| and for ±∞.
        // For z → −∞, e^(−z) overflows to +∞ and 1 / ∞ is exactly 0: the plain formula has the right limits.
        1.0 / (1.0 + exp -z)
        // END SOLUTION

    /// σ′(z) = σ(z)·(1 − σ(z)): the slope of the sigmoid at the pre-activation z (not at σ(z)).
    let SigmoidDerivative (z: float) : float =
        // BEGIN SOLUTION: return σ′(z) = σ(z)·(1 − σ(z)); z is the pre-activation, so call Sigmoid z first.
        let s = Sigmoid z
        s * (1.0 - s)
        // END SOLUTION
