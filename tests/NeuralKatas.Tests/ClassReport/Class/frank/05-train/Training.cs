namespace NeuralKatas;

public static class Training
{
    // squared error, halved
    public static double Loss(Matrix t, Matrix p)
    {
        var r = p.Subtract(t);
        var sq = r.MultiplyElementwise(r);
        return sq.Sum() / 2.0;
    }

    private static (Network Updated, double Err) OneStep(Matrix inputs, Matrix targets, Network old, double eta)
    {
        var fp = ForwardPropagation.Forward(inputs, old);
        var g = Backpropagation.Backward(inputs, targets, old, fp);
        return (Backpropagation.Update(old, g, eta), Loss(targets, fp.Output));
    }

    public static Matrix Predict(Matrix x, Network n)
    {
        var f = ForwardPropagation.Forward(x, n);
        return f.Output;
    }

    public static TrainingResult Train(Matrix x, Matrix y, TrainingConfiguration cfg)
    {
        var net = Initialization.InitializeNetwork(x.Columns, cfg.HiddenNodes, y.Columns,
            new GaussianGenerator(cfg.Seed));
        var losses = new List<double>(cfg.Epochs);
        foreach (var _ in Enumerable.Range(1, cfg.Epochs))
        {
            (net, var e) = OneStep(x, y, net, cfg.LearningRate);
            losses.Add(e);
        }
        return new TrainingResult(net, losses.AsReadOnly());
    }
}
