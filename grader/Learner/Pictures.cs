using ScottPlot;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// Draws a trained network with ScottPlot: the loss curve (how training went) and the decision
/// boundary (what it learned: its output over the unit square, with the four XOR points on top).
/// </summary>
public static class Pictures
{
    /// <summary>The loss curve's file name.</summary>
    public const string LossCurveFile = "loss-curve.png";

    /// <summary>The decision boundary's file name.</summary>
    public const string DecisionBoundaryFile = "decision-boundary.png";

    /// <summary>Width and height of the loss curve, in pixels.</summary>
    public static (int Width, int Height) LossCurveSize { get; } = (800, 500);

    /// <summary>Width and height of the decision boundary, in pixels.</summary>
    public static (int Width, int Height) DecisionBoundarySize { get; } = (700, 600);

    /// <summary>Writes both pictures into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(TrainedNetwork network, string folder)
    {
        Directory.CreateDirectory(folder);
        var loss = Path.Combine(folder, LossCurveFile);
        var boundary = Path.Combine(folder, DecisionBoundaryFile);
        LossCurve(network).SavePng(loss, LossCurveSize.Width, LossCurveSize.Height);
        DecisionBoundary(network).SavePng(boundary, DecisionBoundarySize.Width, DecisionBoundarySize.Height);
        return [loss, boundary];
    }

    private static Plot LossCurve(TrainedNetwork network)
    {
        var plot = new Plot();
        var curve = plot.Add.Signal(network.LossHistory.ToArray());
        curve.LineWidth = 2;
        plot.Title("Your network learning XOR: the loss at every epoch");
        plot.XLabel("epoch");
        plot.YLabel("loss L = ½ Σ (Y − Ŷ)²");
        plot.Axes.SetLimitsY(0, Math.Max(network.LossHistory.Max() * 1.05, 1e-9));
        return plot;
    }

    private static Plot DecisionBoundary(TrainedNetwork network)
    {
        var size = network.GridSize;

        // A heatmap's first row is drawn at the top, so y runs from 1 down to 0.
        var intensities = new double[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                intensities[size - 1 - y, x] = network.At(x, y);
            }
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(intensities);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.Extent = new CoordinateRect(0, 1, 0, 1);
        heatmap.ManualRange = new ScottPlot.Range(0, 1);
        plot.Add.ColorBar(heatmap);

        Points(plot, [0, 1], [0, 1], "XOR = 0", Colors.White, MarkerShape.FilledCircle);
        Points(plot, [0, 1], [1, 0], "XOR = 1", Colors.Red, MarkerShape.FilledSquare);
        plot.Title("What your network learned: its output over the unit square");
        plot.XLabel("input 1");
        plot.YLabel("input 2");
        plot.Axes.SetLimits(-0.05, 1.05, -0.05, 1.05);
        plot.ShowLegend(Alignment.UpperCenter);
        return plot;
    }

    private static void Points(Plot plot, double[] xs, double[] ys, string label, Color color, MarkerShape shape)
    {
        var points = plot.Add.ScatterPoints(xs, ys, color);
        points.MarkerShape = shape;
        points.MarkerSize = 18;
        points.LegendText = label;
    }
}
