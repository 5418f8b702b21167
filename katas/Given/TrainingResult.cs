namespace NeuralKatas;

/// <summary>What training returns: the trained network and the loss before each epoch's update.</summary>
/// <param name="Network">The network after the last epoch's update.</param>
/// <param name="LossHistory">Entry e is L = ½ Σ (Y − Ŷ)² of epoch e's forward pass, before its update; one entry per epoch.</param>
public sealed record TrainingResult(Network Network, IReadOnlyList<double> LossHistory);
