namespace NeuralKatas.Testing;

/// <summary>
/// The network's math written out with plain loops, independent of any learner code, so a test
/// can compute what the answer must be without trusting the code it is testing.
/// </summary>
public static class ReferenceNetwork
{
    /// <summary>σ(z) = 1 / (1 + e^(−z)).</summary>
    public static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    /// <summary>σ′(z) = σ(z)·(1 − σ(z)).</summary>
    public static double SigmoidDerivative(double z) => Sigmoid(z) * (1.0 - Sigmoid(z));

    /// <summary>Z = A·W + b, entry by entry.</summary>
    public static Matrix Affine(Matrix input, Layer layer) =>
        Matrix.FromFunction(input.Rows, layer.FanOut, (r, c) =>
        {
            var sum = layer.Bias[0, c];
            for (var k = 0; k < input.Columns; k++)
            {
                sum += input[r, k] * layer.Weights[k, c];
            }

            return sum;
        });

    /// <summary>The forward pass: Z1 = X·W1 + b1, H = σ(Z1), Z2 = H·W2 + b2, Ŷ = σ(Z2).</summary>
    public static ForwardPass Forward(Matrix input, Network network)
    {
        var z1 = Affine(input, network.Hidden);
        var h = z1.Map(Sigmoid);
        var z2 = Affine(h, network.Output);
        return new ForwardPass(z1, h, z2, z2.Map(Sigmoid));
    }

    /// <summary>L = ½ Σ (Y − Ŷ)².</summary>
    public static double Loss(Matrix target, Matrix prediction)
    {
        var sum = 0.0;
        for (var r = 0; r < target.Rows; r++)
        {
            for (var c = 0; c < target.Columns; c++)
            {
                var error = target[r, c] - prediction[r, c];
                sum += error * error;
            }
        }

        return 0.5 * sum;
    }

    /// <summary>
    /// The true gradients of L, from the weights before any update: δ2 = (Ŷ − Y) ⊙ σ′(Z2),
    /// ∂W2 = Hᵀδ2, ∂b2 = Σ rows of δ2, δ1 = (δ2·W2ᵀ) ⊙ σ′(Z1), ∂W1 = Xᵀδ1, ∂b1 = Σ rows of δ1.
    /// </summary>
    public static Gradients Gradients(Matrix input, Matrix target, Network network)
    {
        var forward = Forward(input, network);
        var outputDelta = forward.Output.Subtract(target).MultiplyElementwise(forward.Z2.Map(SigmoidDerivative));
        var hiddenDelta = outputDelta.Multiply(network.Output.Weights.Transpose()).MultiplyElementwise(forward.Z1.Map(SigmoidDerivative));
        return new Gradients(
            input.Transpose().Multiply(hiddenDelta),
            hiddenDelta.SumColumns(),
            forward.H.Transpose().Multiply(outputDelta),
            outputDelta.SumColumns());
    }

    /// <summary>One step of gradient descent: θ − η·∂L/∂θ for every parameter.</summary>
    public static Network Step(Network network, Gradients gradients, double learningRate) => new(
        new Layer(
            network.Hidden.Weights.Subtract(gradients.HiddenWeights.Scale(learningRate)),
            network.Hidden.Bias.Subtract(gradients.HiddenBias.Scale(learningRate))),
        new Layer(
            network.Output.Weights.Subtract(gradients.OutputWeights.Scale(learningRate)),
            network.Output.Bias.Subtract(gradients.OutputBias.Scale(learningRate))));

    /// <summary>The network <c>Initialization.InitializeNetwork</c> must return: N(0, 1) draws in the order W1, b1, W2, b2.</summary>
    public static Network Initial(int inputNodes, int hiddenNodes, int outputNodes, ulong seed)
    {
        var rng = new GaussianGenerator(seed);
        var hiddenWeights = Matrix.FromFunction(inputNodes, hiddenNodes, (_, _) => rng.NextGaussian());
        var hiddenBias = Matrix.FromFunction(1, hiddenNodes, (_, _) => rng.NextGaussian());
        var outputWeights = Matrix.FromFunction(hiddenNodes, outputNodes, (_, _) => rng.NextGaussian());
        var outputBias = Matrix.FromFunction(1, outputNodes, (_, _) => rng.NextGaussian());
        return new Network(new Layer(hiddenWeights, hiddenBias), new Layer(outputWeights, outputBias));
    }
}
