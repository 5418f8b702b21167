namespace NeuralKatas;

/// <summary>My backprop.</summary>
public static class Backpropagation
{
    private static Layer Descend(Layer current, Matrix dW, Matrix dB, double eta)
    {
        Matrix w = current.Weights.Subtract(dW.Scale(eta));
        Matrix b = current.Bias.Subtract(dB.Scale(eta));
        return new Layer(w, b);
    }

    /* gradient step */
    public static Network Update(Network net, Gradients g, double lr)
    {
        Layer first = Descend(net.Hidden, g.HiddenWeights, g.HiddenBias, lr);
        Layer second = Descend(net.Output, g.OutputWeights, g.OutputBias, lr);
        return new Network(first, second);
    }

    private static Matrix GradW(Matrix inputs, Matrix d)
    {
        Matrix t = inputs.Transpose();
        return t.Multiply(d);
    }

    public static Gradients Backward(Matrix x, Matrix y, Network net, ForwardPass pass)
    {
        Matrix dOut = ErrorTerm(pass.Output.Subtract(y), pass.Z2);
        Matrix dHid = ErrorTerm(dOut.Multiply(net.Output.Weights.Transpose()), pass.Z1);
        return new Gradients(GradW(x, dHid), dHid.SumColumns(), GradW(pass.H, dOut), dOut.SumColumns());
    }

    private static Matrix ErrorTerm(Matrix incoming, Matrix z)
    {
        Matrix deriv = z.Map(Activation.SigmoidDerivative);
        return incoming.MultiplyElementwise(deriv);
    }
}
