using NeuralKatas.Testing;

namespace NeuralKatas.Kata02;

/// <summary>Where a learner's values sit in the caller's sequence: the pinned draws in another order, or none of its numbers at all.</summary>
public sealed partial class InitializationTests
{
    // A matrix in the pinned order: its shape, where its draws start, whether it is a bias, and where
    // its draws would start in the catalogued other orders.
    private readonly record struct Part(Matrix Actual, int Rows, int Columns, int Start, bool IsBias, (int Start, Mistake Mistake)[] OtherOrders);

    // Every value of the network is one of the first `total` draws, each draw used once: the right
    // numbers, drawn in another order.
    private static bool IsPinnedDrawsReordered(Part[] parts, int total) =>
        parts.Sum(part => part.Actual.Rows * part.Actual.Columns) == total
        && PlacesInSequence(parts.SelectMany(part => Entries(part.Actual)), total) is not null;

    // A weight matrix filled node by node: each column (one node's incoming weights) drawn together,
    // top to bottom, and the columns left to right, whatever was drawn between them (each node's bias,
    // as a Neuron class draws it). Needs two rows and two columns: otherwise it is also row by row.
    private static bool IsFilledNodeByNode(Matrix actual, int total)
    {
        if (actual.Rows < 2 || actual.Columns < 2 || PlacesInSequence(Entries(actual), total) is not { } places)
        {
            return false;
        }

        var (rows, columns) = (actual.Rows, actual.Columns);
        return Enumerable.Range(0, columns).All(c =>
            Enumerable.Range(1, rows - 1).All(r => places[(r * columns) + c] == places[c] + r)
            && (c == 0 || places[c] > places[((rows - 1) * columns) + c - 1]));
    }

    // The values come from another generator when the caller's moved less than a network's draws
    // (or not at all) and none of them is a number it gives: no draw of its sequence (whole draws, or
    // after an odd number of raw numbers) and no uniform number, as with a generator seeded from it
    // for each layer. Drawing in another way from rng leaves some of its numbers in the network.
    private static bool IsFromAnotherGenerator(Network network, int along, int total)
    {
        if (along < 0 || along >= total)
        {
            return false;
        }

        double[][] given = [Draws(SequenceReach), DrawsAfterRawNumbers(1, SequenceReach), Uniforms(2 * SequenceReach)];
        Matrix[] matrices = [network.Hidden.Weights, network.Hidden.Bias, network.Output.Weights, network.Output.Bias];
        return !matrices.SelectMany(Entries).Any(value => given.Any(numbers => numbers.Any(number => Math.Abs(number - value) <= Lesson.Tolerance)));
    }

    // Where each value sits among the first `total` draws, each draw taken once; null when a value is
    // none of them, or a draw is used twice.
    private static int[]? PlacesInSequence(IEnumerable<double> values, int total)
    {
        var draws = Draws(total);
        var used = new bool[total];
        var places = new List<int>();
        foreach (var value in values)
        {
            var place = Array.FindIndex(draws, draw => Math.Abs(draw - value) <= Lesson.Tolerance);
            if (place < 0 || used[place])
            {
                return null;
            }

            used[place] = true;
            places.Add(place);
        }

        return [.. places];
    }

    // The right numbers in another order, in words: which draw (1 for the first) each matrix holds,
    // row by row; null unless every value is one of the first `total` draws, each used once, and the
    // order is not the pinned one.
    private static string? DrawOrder(Network network, int total)
    {
        (string Name, Matrix Matrix)[] parts = [("W1", network.Hidden.Weights), ("b1", network.Hidden.Bias), ("W2", network.Output.Weights), ("b2", network.Output.Bias)];
        if (parts.Sum(part => part.Matrix.Rows * part.Matrix.Columns) != total
            || PlacesInSequence(parts.SelectMany(part => Entries(part.Matrix)), total) is not { } places
            || places.Select((place, index) => place == index).All(inOrder => inOrder))
        {
            return null;
        }

        var next = 0;
        return string.Join("; ", parts.Select(part =>
        {
            var rows = Enumerable.Range(0, part.Matrix.Rows).Select(_ =>
            {
                var row = string.Join(", ", places.Skip(next).Take(part.Matrix.Columns).Select(place => place + 1));
                next += part.Matrix.Columns;
                return $"[{row}]";
            }).ToList();
            return $"{part.Name} holds draws {string.Join(" ", rows)}";
        }));
    }

    private static IEnumerable<double> Entries(Matrix matrix) =>
        Enumerable.Range(0, matrix.Rows * matrix.Columns).Select(i => matrix[i / matrix.Columns, i % matrix.Columns]);
}
