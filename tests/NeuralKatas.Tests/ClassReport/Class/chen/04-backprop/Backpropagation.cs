namespace NeuralKatas;

public static class Backpropagation
{
    public static Gradients Backward(Matrix input, Matrix target, Network network, ForwardPass forward)
    {
        int n = input.Rows;
        int hiddenCount = network.Hidden.FanOut;
        int outputCount = network.Output.FanOut;

        var d2 = new Matrix(n, outputCount);
        for (int s = 0; s < n; s++)
        {
            for (int o = 0; o < outputCount; o++)
            {
                double sig = Activation.Sigmoid(forward.Z2[s, o]);
                d2[s, o] = (forward.Output[s, o] - target[s, o]) * sig * (1 - sig);
            }
        }

        var d1 = new Matrix(n, hiddenCount);
        for (int s = 0; s < n; s++)
        {
            for (int j = 0; j < hiddenCount; j++)
            {
                double back = 0;
                for (int o = 0; o < outputCount; o++)
                {
                    back += d2[s, o] * network.Output.Weights[j, o];
                }

                d1[s, j] = back * Activation.SigmoidDerivative(forward.Z1[s, j]);
            }
        }

        return new Gradients(Outer(input, d1), ColumnTotals(d1), Outer(forward.H, d2), ColumnTotals(d2));
    }

    public static Network Update(Network network, Gradients gradients, double learningRate)
    {
        return new Network(
            new Layer(Minus(network.Hidden.Weights, gradients.HiddenWeights, learningRate), Minus(network.Hidden.Bias, gradients.HiddenBias, learningRate)),
            new Layer(Minus(network.Output.Weights, gradients.OutputWeights, learningRate), Minus(network.Output.Bias, gradients.OutputBias, learningRate)));
    }

    private static Matrix Outer(Matrix a, Matrix d)
    {
        var g = new Matrix(a.Columns, d.Columns);
        for (int i = 0; i < a.Columns; i++)
        {
            for (int j = 0; j < d.Columns; j++)
            {
                for (int s = 0; s < a.Rows; s++)
                {
                    g[i, j] += a[s, i] * d[s, j];
                }
            }
        }

        return g;
    }

    private static Matrix ColumnTotals(Matrix d)
    {
        var total = new Matrix(1, d.Columns);
        for (int s = 0; s < d.Rows; s++)
        {
            for (int j = 0; j < d.Columns; j++)
            {
                total[0, j] += d[s, j];
            }
        }

        return total;
    }

    private static Matrix Minus(Matrix theta, Matrix grad, double eta) =>
        Matrix.FromFunction(theta.Rows, theta.Columns, (r, c) => theta[r, c] - (eta * grad[r, c]));
}
