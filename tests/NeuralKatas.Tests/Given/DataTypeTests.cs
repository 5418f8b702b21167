namespace NeuralKatas.Tests.Given;

[TestFixture]
public sealed class DataTypeTests
{
    [Test]
    public void A_layer_rejects_a_bias_that_is_not_a_matching_row_vector()
    {
        var weights = new Matrix(2, 3);

        Assert.That(() => new Layer(weights, new Matrix(3, 1)), Throws.ArgumentException.With.Message.Contains("needs a 1×3 bias").And.Message.Contains("got 3×1"));
        Assert.That(() => new Layer(weights, new Matrix(1, 2)), Throws.ArgumentException.With.Message.Contains("got 1×2"));
    }

    [Test]
    public void A_network_rejects_layers_that_do_not_connect()
    {
        var hidden = new Layer(new Matrix(2, 3), new Matrix(1, 3));
        var output = new Layer(new Matrix(4, 1), new Matrix(1, 1));

        Assert.That(() => new Network(hidden, output), Throws.ArgumentException.With.Message.Contains("3 nodes").And.Message.Contains("4×1"));
    }

    [TestCase(0, 1.0, 10, "hidden layer needs at least one node")]
    [TestCase(4, double.NaN, 10, "learning rate must be a finite number above zero; got NaN")]
    [TestCase(4, -0.1, 10, "learning rate")]
    [TestCase(4, double.PositiveInfinity, 10, "learning rate")]
    [TestCase(4, 1.0, 0, "at least one epoch")]
    public void A_training_configuration_rejects_nonsense_with_the_reason(int hidden, double learningRate, int epochs, string reason)
    {
        Assert.That(() => new TrainingConfiguration(hidden, learningRate, epochs, seed: 1),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains(reason));
    }

    [Test]
    public void The_default_configuration_is_the_documented_one()
    {
        var configuration = TrainingConfiguration.Default;

        Assert.That((configuration.HiddenNodes, configuration.LearningRate, configuration.Epochs, configuration.Seed), Is.EqualTo((4, 1.0, 10_000, 42UL)));
    }

    [Test]
    public void XOR_is_the_truth_table_and_each_call_returns_a_fresh_copy()
    {
        var inputs = XorData.Inputs();
        inputs[0, 0] = 9;

        Assert.That(XorData.Inputs().ToRows(), Is.EqualTo(new[] { new double[] { 0, 0 }, [0, 1], [1, 0], [1, 1] }));
        Assert.That(XorData.Targets().ToRows(), Is.EqualTo(new[] { new double[] { 0 }, [1], [1], [0] }));
    }
}
