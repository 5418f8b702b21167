using ScottPlot;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// Draws a trained network with ScottPlot: the loss curve (how training went, on a log scale), the
/// decision boundary (its output over the unit square, the 0.5 contour where it changes its mind,
/// and the four XOR points), and the seed's lesson: the same training with σ′(σ(z)) beside it.
/// </summary>
public static class Pictures
{
    /// <summary>The loss curve's file name.</summary>
    public const string LossCurveFile = "loss-curve.png";

    /// <summary>The decision boundary's file name.</summary>
    public const string DecisionBoundaryFile = "decision-boundary.png";

    /// <summary>The comparison with the seed's derivative.</summary>
    public const string DerivativeComparisonFile = "derivative-comparison.png";

    /// <summary>The colour of the XOR = 0 points: light blue, clear on the map's dark purple (output 0) and on white.</summary>
    public static Color ClassZero { get; } = Colors.DeepSkyBlue;

    /// <summary>The colour of the XOR = 1 points.</summary>
    public static Color ClassOne { get; } = Colors.Red;

    /// <summary>The colour of the 0.5 contour.</summary>
    public static Color Contour { get; } = Colors.Black;

    /// <summary>The colour of the learner's loss curve.</summary>
    public static Color LearnerCurve { get; } = Colors.Blue;

    /// <summary>The colour of the seed-derivative loss curve.</summary>
    public static Color SeedCurve { get; } = Colors.OrangeRed;

    /// <summary>Width and height of the loss curves, in pixels.</summary>
    public static (int Width, int Height) LossCurveSize { get; } = (800, 500);

    /// <summary>Width and height of the decision boundary, in pixels.</summary>
    public static (int Width, int Height) DecisionBoundarySize { get; } = (700, 600);

    /// <summary>Writes the pictures into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(TrainedNetwork network, string folder)
    {
        ArgumentNullException.ThrowIfNull(network);
        Directory.CreateDirectory(folder);
        var loss = Path.Combine(folder, LossCurveFile);
        var boundary = Path.Combine(folder, DecisionBoundaryFile);
        LossCurve(network).SavePng(loss, LossCurveSize.Width, LossCurveSize.Height);
        DecisionBoundary(network).SavePng(boundary, DecisionBoundarySize.Width, DecisionBoundarySize.Height);
        if (network.SeedDerivativeLossHistory.Count == 0)
        {
            return [loss, boundary];
        }

        var comparison = Path.Combine(folder, DerivativeComparisonFile);
        DerivativeComparison(network).SavePng(comparison, LossCurveSize.Width, LossCurveSize.Height);
        return [loss, boundary, comparison];
    }

    /// <summary>The loss at every epoch, on a log scale (a linear one is flat after the first few hundred epochs).</summary>
    internal static Plot LossCurve(TrainedNetwork network)
    {
        var plot = new Plot();
        Curve(plot, network.LossHistory, LearnerCurve, "your network");
        LogScale(plot);
        plot.Title("Your network learning XOR: the loss at every epoch");
        return plot;
    }

    /// <summary>The learner's loss beside the loss of the same network trained with the seed's σ′(σ(z)).</summary>
    internal static Plot DerivativeComparison(TrainedNetwork network)
    {
        var plot = new Plot();
        Curve(plot, network.LossHistory, LearnerCurve, "σ′(z): your backpropagation");
        Curve(plot, network.SeedDerivativeLossHistory, SeedCurve, "σ′(σ(z)): the seed tutorial's bug");
        LogScale(plot);
        plot.Title("Same network, same seed: the true gradient and the seed's derivative");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>The network's output over the unit square, its 0.5 contour, and the XOR points.</summary>
    internal static Plot DecisionBoundary(TrainedNetwork network)
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
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "network output Ŷ (0 to 1)";

        var (xs, ys) = HalfContour(network);
        var contour = plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, 3, Contour);
        contour.LegendText = "Ŷ = 0.5: where the answer flips";

        Points(plot, [0, 1], [0, 1], "XOR = 0", ClassZero, MarkerShape.FilledCircle);
        Points(plot, [0, 1], [1, 0], "XOR = 1", ClassOne, MarkerShape.FilledSquare);
        plot.Title("What your network learned: its output over the unit square");
        plot.XLabel("input 1");
        plot.YLabel("input 2");
        plot.Axes.SetLimits(-0.05, 1.05, -0.05, 1.05);
        plot.ShowLegend(Alignment.UpperCenter);
        return plot;
    }

    // Where the output crosses 0.5 along each edge of the sampling grid, by linear interpolation:
    // dense enough at 101 × 101 points to read as a line. A point at exactly 0.5 counts as above.
    private static (double[] Xs, double[] Ys) HalfContour(TrainedNetwork network)
    {
        var (xs, ys) = (new List<double>(), new List<double>());
        var step = 1.0 / (network.GridSize - 1);
        for (var y = 0; y < network.GridSize; y++)
        {
            for (var x = 0; x < network.GridSize; x++)
            {
                var here = network.At(x, y);
                if (x + 1 < network.GridSize && (here >= 0.5) != (network.At(x + 1, y) >= 0.5))
                {
                    xs.Add((x + Crossing(here, network.At(x + 1, y))) * step);
                    ys.Add(y * step);
                }

                if (y + 1 < network.GridSize && (here >= 0.5) != (network.At(x, y + 1) >= 0.5))
                {
                    xs.Add(x * step);
                    ys.Add((y + Crossing(here, network.At(x, y + 1))) * step);
                }
            }
        }

        return ([.. xs], [.. ys]);
    }

    private static double Crossing(double from, double to) => (0.5 - from) / (to - from);

    private static void Curve(Plot plot, IReadOnlyList<double> loss, Color color, string label)
    {
        // Plotted as log10: a loss of exactly 0 would be −∞, so it is floored far below any real loss.
        var curve = plot.Add.Signal(loss.Select(value => Math.Log10(Math.Max(value, 1e-300))).ToArray());
        curve.Color = color;
        curve.LineWidth = 2;
        curve.LegendText = label;
    }

    private static void LogScale(Plot plot)
    {
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = exponent => Math.Pow(10, exponent).ToString("G2", System.Globalization.CultureInfo.InvariantCulture),
        };
        plot.XLabel("epoch");
        plot.YLabel("loss L = ½ Σ (Y − Ŷ)², log scale");
    }

    private static void Points(Plot plot, double[] xs, double[] ys, string label, Color color, MarkerShape shape)
    {
        var points = plot.Add.ScatterPoints(xs, ys, color);
        points.MarkerShape = shape;
        points.MarkerSize = 22;
        points.LegendText = label;
    }
}
