namespace NeuralKatas.Grader.Learner;

/// <summary>What the pictures show of a learner's network trained on XOR.</summary>
/// <param name="LossHistory">The loss before each epoch's update, as the learner's Train recorded it.</param>
/// <param name="GridSize">The unit square is sampled at GridSize × GridSize evenly spaced points, corners included.</param>
/// <param name="Predictions">The trained network's output at each point, row by row: entry y·GridSize + x is at (x, y) / (GridSize − 1).</param>
public sealed record TrainedNetwork(IReadOnlyList<double> LossHistory, int GridSize, IReadOnlyList<double> Predictions)
{
    /// <summary>The loss of the same training with the seed tutorial's σ′(σ(z)) in backpropagation, or empty when not run.</summary>
    public IReadOnlyList<double> SeedDerivativeLossHistory { get; init; } = [];

    /// <summary>The trained network's output at grid point (x, y).</summary>
    public double At(int x, int y) => Predictions[(y * GridSize) + x];
}
