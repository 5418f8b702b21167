using NeuralKatas.Testing;

namespace NeuralKatas.Kata04;

/// <summary>Whether gradients that are the right ones divided by a whole number are an average: a count follows the data, a constant does not.</summary>
public sealed partial class BackpropagationTests
{
    // On the small data a constant factor (a learning rate folded into Backward, say) gives the
    // values that dividing by a count of the same size gives. The same samples twice over double
    // the summed gradients, and a feature that is 0 in every sample changes neither ∂W2 nor ∂b2:
    // gradients that do both are scaled by a constant, and only gradients that do not divide by a
    // count of the data (its samples, its features).
    private static bool DividesByACount()
    {
        var (input, target, network, forward) = (Fixtures.SmallInputs(), Fixtures.SmallTargets(), Fixtures.SmallNetwork(), ReferenceValues.SmallForward);
        var once = TryBackward(input, target, network, forward);
        var twice = TryBackward(Twice(input), Twice(target), network,
            new ForwardPass(Twice(forward.Z1), Twice(forward.H), Twice(forward.Z2), Twice(forward.Output)));
        var widened = TryBackward(
            Matrix.FromFunction(input.Rows, input.Columns + 1, (r, c) => c < input.Columns ? input[r, c] : 0.0),
            target,
            new Network(
                new Layer(Matrix.FromFunction(input.Columns + 1, network.Hidden.FanOut, (r, c) => r < input.Columns ? network.Hidden.Weights[r, c] : 0.25), network.Hidden.Bias),
                network.Output),
            forward);
        return once?.OutputWeights is { } small && twice?.OutputWeights is { } doubled && widened?.OutputWeights is { } wider
            && (!doubled.ApproximatelyEquals(small.Scale(2), Lesson.Tolerance) || !wider.ApproximatelyEquals(small, Lesson.Tolerance));
    }

    private static Gradients? TryBackward(Matrix input, Matrix target, Network network, ForwardPass forward)
    {
        try
        {
            return Backpropagation.Backward(input, target, network, forward);
        }
#pragma warning disable CA1031 // A Backward that fails on other data says nothing about a count; the tests' own calls report it.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static Matrix Twice(Matrix samples) => Matrix.FromFunction(2 * samples.Rows, samples.Columns, (r, c) => samples[r % samples.Rows, c]);
}
