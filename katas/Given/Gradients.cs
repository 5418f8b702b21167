namespace NeuralKatas;

/// <summary>
/// The gradients of the loss L = ½ Σ (Y − Ŷ)² with respect to every parameter; each has the
/// shape of the parameter it belongs to.
/// </summary>
/// <param name="HiddenWeights">∂L/∂W1, inputs × hidden.</param>
/// <param name="HiddenBias">∂L/∂b1, 1 × hidden.</param>
/// <param name="OutputWeights">∂L/∂W2, hidden × outputs.</param>
/// <param name="OutputBias">∂L/∂b2, 1 × outputs.</param>
public sealed record Gradients(Matrix HiddenWeights, Matrix HiddenBias, Matrix OutputWeights, Matrix OutputBias);
