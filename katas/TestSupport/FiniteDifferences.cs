namespace NeuralKatas.Testing;

/// <summary>
/// Measures ∂L/∂θ without calculus: nudge one parameter by ±h, recompute the loss, and take
/// (L(θ + h) − L(θ − h)) / 2h. Central differences are accurate to O(h²), about 1e-10 here, so
/// they are the ground truth a backpropagation must agree with.
/// </summary>
public static class FiniteDifferences
{
    private const double Step = 1e-5;

    /// <summary>The measured gradients of ½ Σ (Y − Ŷ)² at <paramref name="network"/>.</summary>
    public static Gradients Measure(Matrix input, Matrix target, Network network)
    {
        double LossWith(Network candidate) => ReferenceNetwork.Loss(target, ReferenceNetwork.Forward(input, candidate).Output);

        Matrix Along(Matrix parameter, Func<Matrix, Network> rebuild) =>
            Matrix.FromFunction(parameter.Rows, parameter.Columns, (r, c) =>
            {
                var up = parameter.Copy();
                up[r, c] += Step;
                var down = parameter.Copy();
                down[r, c] -= Step;
                return (LossWith(rebuild(up)) - LossWith(rebuild(down))) / (2 * Step);
            });

        var hidden = network.Hidden;
        var output = network.Output;
        return new Gradients(
            Along(hidden.Weights, w => new Network(new Layer(w, hidden.Bias), output)),
            Along(hidden.Bias, b => new Network(new Layer(hidden.Weights, b), output)),
            Along(output.Weights, w => new Network(hidden, new Layer(w, output.Bias))),
            Along(output.Bias, b => new Network(hidden, new Layer(output.Weights, b))));
    }
}
