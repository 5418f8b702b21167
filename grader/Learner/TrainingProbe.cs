using System.Globalization;
using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.CompileServer;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Loading;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// Trains the learner's own network on XOR for the pictures, in a worker process like any
/// grading: their code is compiled with a one-test "probe" that trains with the default
/// configuration and samples the trained network over the unit square, and the worker runs it
/// under the usual limits, so an endless loop or a crash is reported, not hung on. The numbers
/// come back as the probe's pass message through the worker's signed result channel.
/// </summary>
public static class TrainingProbe
{
    /// <summary>The points per side of the grid the decision boundary is drawn from.</summary>
    public const int GridSize = 101;

    private const string ProbeSource = """
        using System.Globalization;

        namespace NeuralKatas.Pictures;

        public sealed class PictureProbe
        {
            [Test]
            public void Train_xor_and_sample_the_unit_square()
            {
                const int size = GRIDSIZE;
                var result = Training.Train(XorData.Inputs(), XorData.Targets(), TrainingConfiguration.Default);
                var grid = Matrix.FromFunction(size * size, 2, (row, column) => (column == 0 ? row % size : row / size) / (double)(size - 1));
                var output = Training.Predict(grid, result.Network);
                var predictions = Enumerable.Range(0, size * size).Select(row => output[row, 0]);
                Assert.Pass(Line("loss", result.LossHistory) + "\n" + Line("predictions", predictions));
            }

            private static string Line(string name, IEnumerable<double> values) =>
                name + " " + string.Join(" ", values.Select(value => value.ToString("R", CultureInfo.InvariantCulture)));
        }
        """;

    /// <summary>The learner's trained network, or an error in words (their code does not compile, throws, hangs …).</summary>
    public static (TrainedNetwork? Network, string? Error) Run(CourseLayout course, string katasRoot, WorkerLimits limits)
    {
        // Each kata in the language the learner wrote it in, as grading does.
        var languages = course.Manifest.Katas.ToDictionary(kata => kata, kata => LanguageDetector.Detect(kata, katasRoot));
        var missing = course.Manifest.Katas
            .SelectMany(kata => kata.FilesIn(languages[kata]).Select(file => $"{kata.Id}/{file}"))
            .FirstOrDefault(file => !File.Exists(Path.Combine(katasRoot, file)));
        if (missing is not null)
        {
            return (null, $"{missing} is missing.");
        }

        var compiler = new IsolatedCompiler(CourseSources.Library(course));
        var probe = new SourceFile("PictureProbe.cs", ProbeSource.Replace("GRIDSIZE", GridSize.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var steps = course.Manifest.Katas.Select(kata => new LearnerStep(languages[kata], CourseSources.StepFiles(kata, katasRoot, languages[kata]))).ToList();
        var compiled = compiler.CompileSteps("Kata.Pictures", steps, [probe], CompileLimits.Default);
        if (!compiled.Succeeded)
        {
            return (null, string.Join('\n', compiled.Errors.Take(5)));
        }

        var scratch = Directory.CreateTempSubdirectory("neuralkatas-pictures-");
        try
        {
            var job = KataJob.For("the pictures' training run", compiled, scratch.FullName, null);
            var result = WorkerSupervisor.Run([job], limits, scratch.FullName)[0];
            var outcome = result.Outcomes.FirstOrDefault();
            if (result.End != JobEnd.Completed || outcome is null || outcome.Status != TestStatus.Passed)
            {
                return (null, result.Error ?? outcome?.Message ?? "The training run did not finish.");
            }

            return Parse(outcome.Message);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static (TrainedNetwork? Network, string? Error) Parse(string message)
    {
        try
        {
            var lines = message.Split('\n').ToDictionary(
                line => line.Split(' ')[0],
                line => line.Split(' ').Skip(1).Select(value => double.Parse(value, CultureInfo.InvariantCulture)).ToList());
            var predictions = lines["predictions"];
            return predictions.Count == GridSize * GridSize
                ? (new TrainedNetwork(lines["loss"], GridSize, predictions), null)
                : (null, "The training run sent back a grid of the wrong size.");
        }
        catch (Exception error) when (error is FormatException or KeyNotFoundException or ArgumentException)
        {
            return (null, $"The training run sent back something unreadable: {error.Message}");
        }
    }
}
