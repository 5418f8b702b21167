using System.Linq;

namespace NeuralKatas;

public static class ForwardPropagation
{
    public static ForwardPass Forward(Matrix input, Network network)
    {
        Matrix Affine(Matrix x, Layer l) => Matrix.FromFunction(
            x.Rows,
            l.FanOut,
            (row, col) => l.Bias[0, col] + Enumerable.Range(0, l.FanIn).Sum(k => x[row, k] * l.Weights[k, col]));

        var z1 = Affine(input, network.Hidden);
        var a1 = Matrix.FromFunction(z1.Rows, z1.Columns, (r, c) => Activation.Sigmoid(z1[r, c]));
        var z2 = Affine(a1, network.Output);
        var a2 = Matrix.FromFunction(z2.Rows, z2.Columns, (r, c) => Activation.Sigmoid(z2[r, c]));
        return new ForwardPass(z1, a1, z2, a2);
    }
}
