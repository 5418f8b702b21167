namespace NeuralKatas;

public static class ForwardPropagation
{
    public static ForwardPass Forward(Matrix input, Network network)
    {
        // One layer is the same two steps every time, so write them once.
        static (Matrix Sum, Matrix Activated) Through(Matrix x, Layer layer)
        {
            var sum = x.Multiply(layer.Weights).AddRowVector(layer.Bias);
            return (sum, sum.Map(Activation.Sigmoid));
        }

        var (z1, h) = Through(input, network.Hidden);
        var (z2, y) = Through(h, network.Output);
        return new ForwardPass(z1, h, z2, y);
    }
}
