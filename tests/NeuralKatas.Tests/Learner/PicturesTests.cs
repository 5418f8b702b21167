using NeuralKatas.Grader.Learner;
using ScottPlot;
using SkiaSharp;

namespace NeuralKatas.Tests.Learner;

/// <summary>The pictures show what they claim: read back pixel by pixel, not only checked to exist.</summary>
[TestFixture]
public sealed class PicturesTests
{
    // A soft XOR, x + y − 2xy: 0 at (0, 0) and (1, 1), 1 at (0, 1) and (1, 0), and exactly 0.5 on
    // the lines x = 0.5 and y = 0.5, so the contour's place is known.
    private static TrainedNetwork SoftXor()
    {
        const int size = 101;
        var predictions = Enumerable.Range(0, size * size).Select(i =>
        {
            var (x, y) = ((i % size) / 100.0, (i / size) / 100.0);
            return x + y - (2 * x * y);
        }).ToList();
        var loss = Enumerable.Range(0, 1000).Select(e => Math.Exp(-e / 100.0)).ToList();
        return new TrainedNetwork(loss, size, predictions) { SeedDerivativeLossHistory = [.. loss.Select(l => l * 3)] };
    }

    [Test]
    public void The_decision_boundary_shows_both_classes_at_the_XOR_points_and_the_half_contour()
    {
        using var folder = new Loading.TemporaryFolder();
        var path = Path.Combine(folder.Path, "boundary.png");
        var plot = Pictures.DecisionBoundary(SoftXor());

        plot.SavePng(path, Pictures.DecisionBoundarySize.Width, Pictures.DecisionBoundarySize.Height);

        using var bitmap = SKBitmap.Decode(path);
        Assert.That(ColourAt(bitmap, plot, 0, 0), Is.EqualTo(Pictures.ClassZero), "XOR = 0 at (0, 0)");
        Assert.That(ColourAt(bitmap, plot, 1, 1), Is.EqualTo(Pictures.ClassZero), "XOR = 0 at (1, 1)");
        Assert.That(ColourAt(bitmap, plot, 0, 1), Is.EqualTo(Pictures.ClassOne), "XOR = 1 at (0, 1)");
        Assert.That(ColourAt(bitmap, plot, 1, 0), Is.EqualTo(Pictures.ClassOne), "XOR = 1 at (1, 0)");
        Assert.That(ColourAt(bitmap, plot, 0.5, 0.3), Is.EqualTo(Pictures.Contour), "the 0.5 contour on x = 0.5");
        Assert.That(ColourAt(bitmap, plot, 0.8, 0.5), Is.EqualTo(Pictures.Contour), "the 0.5 contour on y = 0.5");
        Assert.That(ColourAt(bitmap, plot, 0.3, 0.8), Is.Not.EqualTo(Pictures.Contour), "no contour away from it");
    }

    [Test]
    public void The_colour_bar_is_labelled()
    {
        var plot = Pictures.DecisionBoundary(SoftXor());

        var bar = plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>().Single();

        Assert.That(bar.Label, Does.Contain("network output"));
    }

    [Test]
    public void The_loss_is_drawn_on_a_log_scale()
    {
        var plot = Pictures.LossCurve(SoftXor());

        var curve = plot.GetPlottables().OfType<ScottPlot.Plottables.Signal>().Single();

        // e^(−e/100) at epoch 999 is 4.6e-5: log10 of it, not the value itself.
        Assert.That(curve.Data.GetY(999), Is.EqualTo(Math.Log10(Math.Exp(-9.99))).Within(1e-9));
        Assert.That(plot.Axes.Left.TickGenerator, Is.InstanceOf<ScottPlot.TickGenerators.NumericAutomatic>());
    }

    [Test]
    public void The_comparison_draws_the_learners_curve_and_the_seeds_side_by_side()
    {
        using var folder = new Loading.TemporaryFolder();

        var files = Pictures.Write(SoftXor(), folder.Path);

        Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[] { Pictures.LossCurveFile, Pictures.DecisionBoundaryFile, Pictures.DerivativeComparisonFile }));
        using var bitmap = SKBitmap.Decode(files[2]);
        var colours = Colours(bitmap);
        Assert.That(colours, Does.Contain(Pictures.LearnerCurve.ARGB).And.Contain(Pictures.SeedCurve.ARGB));
    }

    private static Color ColourAt(SKBitmap bitmap, Plot plot, double x, double y)
    {
        var pixel = plot.GetPixel(new Coordinates(x, y));
        var colour = bitmap.GetPixel((int)Math.Round(pixel.X), (int)Math.Round(pixel.Y));
        return Color.FromARGB((uint)colour);
    }

    private static HashSet<uint> Colours(SKBitmap bitmap)
    {
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                colours.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        return colours;
    }
}
