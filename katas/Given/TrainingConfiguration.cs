namespace NeuralKatas;

/// <summary>How to train: the hidden layer's size, the step size, the number of epochs and the seed.</summary>
public sealed record TrainingConfiguration
{
    /// <summary>A configuration; every number is checked so a typo fails here, not 10 000 epochs later.</summary>
    public TrainingConfiguration(int hiddenNodes, double learningRate, int epochs, ulong seed)
    {
        if (hiddenNodes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(hiddenNodes), $"The hidden layer needs at least one node; got {hiddenNodes}.");
        }

        if (!double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), $"The learning rate must be a finite number above zero; got {learningRate}.");
        }

        if (epochs <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(epochs), $"Training needs at least one epoch; got {epochs}.");
        }

        HiddenNodes = hiddenNodes;
        LearningRate = learningRate;
        Epochs = epochs;
        Seed = seed;
    }

    /// <summary>
    /// The documented default, the one XOR must be learned with (4/4 correct, MSE below 1e-3):
    /// 4 hidden nodes, learning rate 1.0, 10 000 epochs, seed 42.
    /// </summary>
    public static TrainingConfiguration Default { get; } = new(hiddenNodes: 4, learningRate: 1.0, epochs: 10_000, seed: 42);

    /// <summary>Nodes in the hidden layer.</summary>
    public int HiddenNodes { get; }

    /// <summary>η in θ ← θ − η ∂L/∂θ.</summary>
    public double LearningRate { get; }

    /// <summary>Full-batch epochs: one forward pass, one backward pass and one update each.</summary>
    public int Epochs { get; }

    /// <summary>The seed of the <see cref="GaussianGenerator"/> the initial weights are drawn from.</summary>
    public ulong Seed { get; }
}
