namespace NeuralKatas;

public static class ForwardPropagation
{
    public static ForwardPass Forward(Matrix input, Network network)
    {
        Matrix z1 = WeightedSum(input, network.Hidden);
        Matrix h = Squash(z1);
        Matrix z2 = WeightedSum(h, network.Output);
        Matrix yHat = Squash(z2);
        return new ForwardPass(z1, h, z2, yHat);
    }

    private static Matrix WeightedSum(Matrix x, Layer layer)
    {
        var result = new Matrix(x.Rows, layer.Weights.Columns);
        for (int sample = 0; sample < x.Rows; sample++)
        {
            for (int unit = 0; unit < layer.Weights.Columns; unit++)
            {
                double total = layer.Bias[0, unit];
                for (int i = 0; i < x.Columns; i++)
                {
                    total += x[sample, i] * layer.Weights[i, unit];
                }

                result[sample, unit] = total;
            }
        }

        return result;
    }

    private static Matrix Squash(Matrix z)
    {
        var result = new Matrix(z.Rows, z.Columns);
        for (int r = 0; r < z.Rows; r++)
        {
            for (int c = 0; c < z.Columns; c++)
            {
                result[r, c] = Activation.Sigmoid(z[r, c]);
            }
        }

        return result;
    }
}
