namespace NeuralKatas

/// The sigmoid activation and its derivative. Compiles to the static class NeuralKatas.Activation
/// that the C# tests call, with the same method names.
[<RequireQualifiedAccess>]
module Activation =

    /// σ(z) = 1 / (1 + e^(−z)): squashes any number into [0, 1].
    let Sigmoid (z: float) : float =
        // TODO: return σ(z) = 1 / (1 + e^(−z)); it must be 0 or 1, never NaN, for huge |z| and for ±∞.
        raise (System.NotImplementedException("Activation.Sigmoid is still a TODO in katas/01-sigmoid/fsharp/Activation.fs: return σ(z) = 1 / (1 + e^(−z)); it must be 0 or 1, never NaN, for huge |z| and for ±∞."))

    /// σ′(z) = σ(z)·(1 − σ(z)): the slope of the sigmoid at the pre-activation z (not at σ(z)).
    let SigmoidDerivative (z: float) : float =
        // TODO: return σ′(z) = σ(z)·(1 − σ(z)); z is the pre-activation, so call Sigmoid z first.
        raise (System.NotImplementedException("Activation.SigmoidDerivative is still a TODO in katas/01-sigmoid/fsharp/Activation.fs: return σ′(z) = σ(z)·(1 − σ(z)); z is the pre-activation, so call Sigmoid z first."))
