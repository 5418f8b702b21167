namespace NeuralKatas;

/// <summary>
/// Every intermediate of one forward pass over n samples, kept because backpropagation
/// needs them: Z1 = X·W1 + b1, H = σ(Z1), Z2 = H·W2 + b2, Ŷ = σ(Z2).
/// </summary>
/// <param name="Z1">The hidden layer's pre-activation, n × hidden.</param>
/// <param name="H">The hidden layer's activation σ(Z1), n × hidden.</param>
/// <param name="Z2">The output layer's pre-activation, n × outputs.</param>
/// <param name="Output">The prediction Ŷ = σ(Z2), n × outputs.</param>
public sealed record ForwardPass(Matrix Z1, Matrix H, Matrix Z2, Matrix Output);
