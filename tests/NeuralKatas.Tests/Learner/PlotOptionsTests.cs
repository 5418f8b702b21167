using NeuralKatas.Grader.Learner;
using SkiaSharp;

namespace NeuralKatas.Tests.Learner;

/// <summary>`plot` runs the README's experiments: another seed, hidden size, learning rate and epoch count.</summary>
[TestFixture]
public sealed class PlotOptionsTests
{
    [Test]
    public void Plot_trains_with_the_settings_given_and_draws_the_seeds_derivative_beside_the_learners()
    {
        using var fixture = FixtureCourse.Create();
        fixture.SolveAll();

        var (exitCode, output, error) = LearnerCli.Run(fixture.Root, fixture.Home, null,
            "plot", "--out", "pictures", "--seed", "7", "--hidden", "3", "--learning-rate", "0.5", "--epochs", "300");

        Assert.That(exitCode, Is.Zero, output + error);
        var comparison = Path.Combine(fixture.Root, "pictures", Pictures.DerivativeComparisonFile);
        PictureAssert.IsPicture(comparison, Pictures.LossCurveSize, minimumColours: 4);
        using var bitmap = SKBitmap.Decode(comparison);
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                colours.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        Assert.That(colours, Does.Contain(Pictures.LearnerCurve.ARGB).And.Contain(Pictures.SeedCurve.ARGB));
    }

    [Test]
    public void Settings_left_out_are_the_course_defaults_and_given_ones_are_written_as_they_are()
    {
        var settings = new TrainingSettings(3, 0.5, null, 7);

        var code = settings.AsCSharp();

        Assert.That(code, Is.EqualTo("new TrainingConfiguration(3, 0.5, TrainingConfiguration.Default.Epochs, 7UL)"));
    }
}
