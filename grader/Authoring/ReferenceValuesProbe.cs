namespace NeuralKatas.Grader.Authoring;

/// <summary>
/// The test the generator compiles with solutions/ and runs to compute every number the kata tests
/// expect: it calls the reference solutions (and measures gradients by central finite differences
/// of their forward pass and loss) and passes with the text of katas/TestSupport/ReferenceValues.cs.
/// So no reference network is written anywhere in the kata tests or their support: the expected
/// values are the solutions' own output, generated like the stubs.
/// </summary>
internal static class ReferenceValuesProbe
{
    /// <summary>The probe's C# source.</summary>
    public const string Source = """
        using System.Globalization;
        using System.Text;
        using NeuralKatas.Testing;

        namespace NeuralKatas.Authoring;

        // A fixture, or the runner's course test list would not run it.
        [TestFixture]
        public sealed class ReferenceValuesProbe
        {
            private readonly StringBuilder text = new();

            [Test]
            public void Compute_the_reference_values()
            {
                var input = Fixtures.SmallInputs();
                var target = Fixtures.SmallTargets();
                var small = Fixtures.SmallNetwork();
                var saturated = Fixtures.SaturatedNetwork();

                Table("Sigmoid", "σ(z) of the reference solution", "Fixtures.SigmoidInputs and Fixtures.FarSigmoidInput", [.. Fixtures.SigmoidInputs, Fixtures.FarSigmoidInput], Activation.Sigmoid);
                Table("SigmoidDerivative", "σ′(z) of the reference solution", "Fixtures.SigmoidInputs and Fixtures.FarSigmoidInput", [.. Fixtures.SigmoidInputs, Fixtures.FarSigmoidInput], Activation.SigmoidDerivative);
                Table("SigmoidDerivativeOfSigmoid", "σ′(σ(z)): the seed tutorial's bug, for naming it", "Fixtures.SigmoidInputs", Fixtures.SigmoidInputs, z => Activation.SigmoidDerivative(Activation.Sigmoid(z)));

                var forward = ForwardPropagation.Forward(input, small);
                Pass("SmallForward", "The forward pass of Fixtures.SmallInputs through Fixtures.SmallNetwork.", forward);
                Value("SmallHiddenWithoutBias", "H computed without b1, for naming that mistake.",
                    ForwardPropagation.Forward(input, new Network(new Layer(small.Hidden.Weights, small.Hidden.Bias.Scale(0)), small.Output)).H);
                Value("SmallOutputWithoutBias", "Ŷ computed without b2, σ(H·W2), for naming b2 added after the sigmoid.",
                    ForwardPropagation.Forward(input, new Network(small.Hidden, new Layer(small.Output.Weights, small.Output.Bias.Scale(0)))).Output);

                Pass("SaturatedForward", "The forward pass of Fixtures.SmallInputs through Fixtures.SaturatedNetwork.", ForwardPropagation.Forward(input, saturated));
                var far = ForwardPropagation.Forward(input, Fixtures.FarNetwork());
                Pass("FarForward", "The forward pass of Fixtures.SmallInputs through Fixtures.FarNetwork: Z beyond ±700, σ 0 or 1.", far);
                Grads("FarGradients", "The reference Backward at Fixtures.FarNetwork: σ′ is 0 at every Z2, so every gradient is 0.", Backpropagation.Backward(input, target, Fixtures.FarNetwork(), far));
                Backprop("Small", "Fixtures.SmallNetwork", input, target, small);
                Backprop("Saturated", "Fixtures.SaturatedNetwork", input, target, saturated);

                // The fixtures have one output; the shape probe has seven, where an error sent back from
                // the first output only, or δ2 divided by the number of outputs, shows in the values. Its
                // targets sit a few thousandths from its outputs, the errors of each sample summing to 0 but
                // rising along the outputs, so that weighted by W2 (the hidden layer's error) they do not
                // cancel as well: a network nearly trained, whose errors cancel, still has a gradient.
                var (probeInput, probe) = (ShapeProbe.Input(), ShapeProbe.Network());
                var probeForward = ForwardPropagation.Forward(probeInput, probe);
                double[] cancelling = [-3, -2, -1, 1, 1, 2, 2];
                var probeTarget = probeForward.Output.Add(Matrix.FromFunction(probeInput.Rows, cancelling.Length, (_, c) => cancelling[c] * 1e-3));
                Pass("ProbeForward", "The forward pass of ShapeProbe.Input() through ShapeProbe.Network(): 9 samples, 3 inputs, 5 hidden nodes, 7 outputs.", probeForward);
                Value("ProbeTarget", "Targets for the probe a few thousandths from its outputs, errors summing to 0: the loss is 1.1e-4, the gradient far from 0.", probeTarget);
                Grads("ProbeMeasured", "∂L/∂θ at ShapeProbe.Network() for ProbeTarget, measured by central finite differences of the reference Forward and Loss.", Measure(probeInput, probeTarget, probe));
                Grads("ProbeMeasuredForZeros", "∂L/∂θ at ShapeProbe.Network() for targets all 0, measured likewise: nine samples' errors of 0.5 to 0.75 add up to gradients above 1.",
                    Measure(probeInput, probeTarget.Scale(0), probe));

                var exact = Backpropagation.Backward(input, target, small, forward);
                Net("SmallUpdated", "Update(SmallNetwork, SmallGradients, 0.5).", Backpropagation.Update(small, exact, 0.5));
                Net("SmallUpdatedUphill", "θ + 0.5·∂L/∂θ, for naming a wrong sign.", Backpropagation.Update(small, exact, -0.5));
                Net("SmallUpdatedFullStep", "θ − ∂L/∂θ, for naming a missing learning rate.", Backpropagation.Update(small, exact, 1.0));
                Net("SmallUpdatedTwice", "θ − 0.5²·∂L/∂θ, for naming a learning rate applied twice.", Backpropagation.Update(small, exact, 0.25));

                var initial = Initialization.InitializeNetwork(2, Fixtures.Training.HiddenNodes, 1, new GaussianGenerator(Fixtures.Training.Seed));
                Net("Initial", "The network InitializeNetwork draws for Fixtures.Training.", initial);
                Scalar("FirstLoss", "The loss of that network on the small data: LossHistory[0] of Fixtures.Training.", Training.Loss(target, ForwardPropagation.Forward(input, initial).Output));
                Scalar("LossAfterOneStep", "The loss after one update: what a loss recorded after the update shows first.", Train(input, target, 2, Fixtures.Training.Seed).LossHistory[1]);
                Scalar("FirstLossWithLargeSeed", "LossHistory[0] with Fixtures.LargeSeed (2³² + 11): the seed must reach the generator whole.", Train(input, target, 1, Fixtures.LargeSeed).LossHistory[0]);
                // Other seeds a learner might pass: 0, 1, the default's 42, a neighbour, and another
                // number of the configuration picked by mistake (its hidden size).
                var seeds = new ulong[] { 0, 1, 42, Fixtures.Training.Seed - 1, Fixtures.Training.Seed + 1, (ulong)Fixtures.Training.HiddenNodes };
                text.Append("    /// <summary>LossHistory[0] when the network is drawn with another seed, for naming that mistake.</summary>\n");
                text.Append("    public static IReadOnlyDictionary<ulong, double> FirstLossWithSeed { get; } = new Dictionary<ulong, double>\n    {\n");
                foreach (var seed in seeds)
                {
                    text.Append("        [").Append(seed.ToString(CultureInfo.InvariantCulture)).Append("] = ").Append(R(Train(input, target, 1, seed).LossHistory[0])).Append(",\n");
                }

                text.Append("    };\n\n");
                foreach (var (epochs, name) in new[] { (1, "AfterOneEpoch"), (2, "AfterTwoEpochs"), (3, "AfterThreeEpochs"), (4, "AfterFourEpochs") })
                {
                    Net(name, $"The network after {epochs} epoch(s) of Fixtures.Training.", Train(input, target, epochs, Fixtures.Training.Seed).Network);
                }

                List("LossHistoryOfEightEpochs", "LossHistory of Fixtures.Training run for 8 epochs: entry k is the loss of the network after k steps, for telling a history shifted by one step from one shifted by more, or short of an entry.",
                    Train(input, target, 8, Fixtures.Training.Seed).LossHistory);

                var defaultRate = new TrainingConfiguration(Fixtures.Training.HiddenNodes, TrainingConfiguration.Default.LearningRate, 3, Fixtures.Training.Seed);
                Net("AfterThreeEpochsWithDefaultLearningRate", "The network after 3 epochs of Fixtures.Training with the default configuration's learning rate, for naming it.",
                    Training.Train(input, target, defaultRate).Network);
                var perSample = new TrainingConfiguration(Fixtures.Training.HiddenNodes, Fixtures.Training.LearningRate / input.Rows, 3, Fixtures.Training.Seed);
                Net("AfterThreeEpochsWithLearningRatePerSample", "The network after 3 epochs of Fixtures.Training with η divided by the 3 samples, for naming another learning rate.",
                    Training.Train(input, target, perSample).Network);
                var decaying = initial;
                for (var epoch = 0; epoch < 3; epoch++)
                {
                    var pass = ForwardPropagation.Forward(input, decaying);
                    decaying = Backpropagation.Update(decaying, Backpropagation.Backward(input, target, decaying, pass), Fixtures.Training.LearningRate / (1 + epoch));
                }

                Net("AfterFourEpochsAtLearningRate20", "The network Fixtures.OvershootingTraining (η = 20, 4 epochs) trains: its second step overshoots, its third recovers.",
                    Training.Train(input, target, Fixtures.OvershootingTraining).Network);

                Net("AfterThreeEpochsWithDecayingLearningRate", "The network after 3 epochs of Fixtures.Training with η / (1 + epoch), for naming a learning rate of one's own.", decaying);

                Assert.Pass(text.ToString());
            }

            private static TrainingResult Train(Matrix input, Matrix target, int epochs, ulong seed) =>
                Training.Train(input, target, new TrainingConfiguration(Fixtures.Training.HiddenNodes, Fixtures.Training.LearningRate, epochs, seed));

            private void Backprop(string name, string network, Matrix input, Matrix target, Network weights)
            {
                var forward = ForwardPropagation.Forward(input, weights);
                var zeros = forward.Z1.Scale(0);
                var outputZeros = forward.Z2.Scale(0);

                // The mistakes' gradients come from the reference Backward itself, given a doctored
                // forward pass: σ′ at the activations is Backward with Z := σ(Z); at Z = 0 σ′ is exactly
                // 1/4, so scaling by 4 per layer gives the gradients without σ′ (powers of two are exact).
                Grads(name + "Gradients", $"The reference Backward at {network}.", Backpropagation.Backward(input, target, weights, forward));
                Grads(name + "Measured", $"∂L/∂θ at {network}, measured by central finite differences of the reference Forward and Loss.", Measure(input, target, weights));
                Grads(name + "WithActivationDerivative", "σ′ taken at Ŷ and H: the seed tutorial's bug.",
                    Backpropagation.Backward(input, target, weights, forward with { Z1 = forward.H, Z2 = forward.Output }));
                var flat = Backpropagation.Backward(input, target, weights, forward with { Z1 = zeros, Z2 = outputZeros });
                Grads(name + "WithoutDerivative", "No σ′ factor in either layer.",
                    new Gradients(flat.HiddenWeights.Scale(16), flat.HiddenBias.Scale(16), flat.OutputWeights.Scale(4), flat.OutputBias.Scale(4)));
                Grads(name + "WithHiddenActivationDerivative", "σ′ taken at H in the hidden layer only.",
                    Backpropagation.Backward(input, target, weights, forward with { Z1 = forward.H }));
                var hiddenFlat = Backpropagation.Backward(input, target, weights, forward with { Z1 = zeros });
                Grads(name + "WithoutHiddenDerivative", "No σ′(Z1) factor in the hidden layer.",
                    new Gradients(hiddenFlat.HiddenWeights.Scale(4), hiddenFlat.HiddenBias.Scale(4), hiddenFlat.OutputWeights, hiddenFlat.OutputBias));

                // Given the identity for X, ∂W1 = Xᵀ·δ1 is δ1 itself: for naming a bias summed along each sample.
                var identity = Matrix.FromFunction(input.Rows, input.Rows, (r, c) => r == c ? 1.0 : 0.0);
                Value(name + "HiddenDelta", "δ1 of the reference Backward, for naming a bias gradient summed along each sample.",
                    Backpropagation.Backward(identity, target, weights, forward).HiddenWeights);

                // z·(1 − z) in place of σ′ can be negative or above ¼, so no doctored Z gives it through
                // the reference Backward: it is the chain rule written out with the given Matrix.
                Matrix Slope(Matrix z) => z.Map(v => v * (1.0 - v));
                var outputDelta = forward.Output.Subtract(target).MultiplyElementwise(Slope(forward.Z2));
                var hiddenDelta = outputDelta.Multiply(weights.Output.Weights.Transpose()).MultiplyElementwise(Slope(forward.Z1));
                Grads(name + "WithDerivativeWrittenForActivation", "z·(1 − z) taken for σ′ at Z2 and Z1: σ′ written for an activation but given z.",
                    new Gradients(input.Transpose().Multiply(hiddenDelta), hiddenDelta.SumColumns(), forward.H.Transpose().Multiply(outputDelta), outputDelta.SumColumns()));
            }

            private static Gradients Measure(Matrix input, Matrix target, Network network)
            {
                const double step = 1e-5;
                double LossWith(Network candidate) => Training.Loss(target, ForwardPropagation.Forward(input, candidate).Output);

                Matrix Along(Matrix parameter, Func<Matrix, Network> rebuild) =>
                    Matrix.FromFunction(parameter.Rows, parameter.Columns, (r, c) =>
                    {
                        var up = parameter.Copy();
                        up[r, c] += step;
                        var down = parameter.Copy();
                        down[r, c] -= step;
                        return (LossWith(rebuild(up)) - LossWith(rebuild(down))) / (2 * step);
                    });

                var hidden = network.Hidden;
                var output = network.Output;
                return new Gradients(
                    Along(hidden.Weights, w => new Network(new Layer(w, hidden.Bias), output)),
                    Along(hidden.Bias, b => new Network(new Layer(hidden.Weights, b), output)),
                    Along(output.Weights, w => new Network(hidden, new Layer(w, output.Bias))),
                    Along(output.Bias, b => new Network(hidden, new Layer(output.Weights, b))));
            }

            private void Table(string name, string summary, string inputsName, IReadOnlyList<double> inputs, Func<double, double> function)
            {
                text.Append("    /// <summary>").Append(summary).Append(", at every z of ").Append(inputsName).Append(".</summary>\n");
                text.Append("    public static IReadOnlyDictionary<double, double> ").Append(name).Append(" { get; } = new Dictionary<double, double>\n    {\n");
                foreach (var z in inputs)
                {
                    text.Append("        [").Append(R(z)).Append("] = ").Append(R(function(z))).Append(",\n");
                }

                text.Append("    };\n\n");
            }

            private void Scalar(string name, string summary, double value) =>
                text.Append("    /// <summary>").Append(summary).Append("</summary>\n")
                    .Append("    public const double ").Append(name).Append(" = ").Append(R(value)).Append(";\n\n");

            private void List(string name, string summary, IEnumerable<double> values) =>
                text.Append("    /// <summary>").Append(summary).Append("</summary>\n")
                    .Append("    public static IReadOnlyList<double> ").Append(name).Append(" { get; } = [").Append(string.Join(", ", values.Select(R))).Append("];\n\n");

            private void Value(string name, string summary, Matrix value) =>
                Member("Matrix", name, summary, M(value));

            private void Pass(string name, string summary, ForwardPass pass) =>
                Member("ForwardPass", name, summary, $"new(\n        {M(pass.Z1)},\n        {M(pass.H)},\n        {M(pass.Z2)},\n        {M(pass.Output)})");

            private void Grads(string name, string summary, Gradients g) =>
                Member("Gradients", name, summary, $"new(\n        {M(g.HiddenWeights)},\n        {M(g.HiddenBias)},\n        {M(g.OutputWeights)},\n        {M(g.OutputBias)})");

            private void Net(string name, string summary, Network n) =>
                Member("Network", name, summary,
                    $"new(\n        new Layer({M(n.Hidden.Weights)}, {M(n.Hidden.Bias)}),\n        new Layer({M(n.Output.Weights)}, {M(n.Output.Bias)}))");

            // A new object on every read: learner code that writes into a matrix it was given (a
            // forward pass, a network) must not change what the next test expects.
            private void Member(string type, string name, string summary, string value) =>
                text.Append("    /// <summary>").Append(summary).Append("</summary>\n")
                    .Append("    public static ").Append(type).Append(' ').Append(name).Append(" => ").Append(value).Append(";\n\n");

            private static string M(Matrix m) =>
                "Matrix.FromRows([" + string.Join(", ", m.ToRows().Select(row => "[" + string.Join(", ", row.Select(R)) + "]")) + "])";

            private static string R(double value)
            {
                var text = value.ToString("R", CultureInfo.InvariantCulture);
                return text.Contains('.') || text.Contains('E') ? text : text + ".0";
            }
        }
        """;
}
