using System.Globalization;
using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.CompileServer;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;

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

        // A fixture, so the grader's course test list holds it: only listed tests run.
        [TestFixture]
        public sealed class PictureProbe
        {
            [Test]
            public void Train_xor_and_sample_the_unit_square()
            {
                const int size = GRIDSIZE;
                var configuration = CONFIGURATION;
                var result = Training.Train(XorData.Inputs(), XorData.Targets(), configuration);
                var grid = Matrix.FromFunction(size * size, 2, (row, column) => (column == 0 ? row % size : row / size) / (double)(size - 1));
                var output = Training.Predict(grid, result.Network);
                var predictions = Enumerable.Range(0, size * size).Select(row => output[row, 0]);
                Assert.Pass(Line("loss", result.LossHistory) + "\n" + Line("seed", WithSeedDerivative(configuration)) + "\n" + Line("predictions", predictions));
            }

            // The same training with the seed tutorial's σ′(σ(z)): the learner's own Backward, given
            // the activations where the pre-activations belong (σ′ then lands on σ(z)).
            private static List<double> WithSeedDerivative(TrainingConfiguration configuration)
            {
                var (input, target) = (XorData.Inputs(), XorData.Targets());
                var network = Initialization.InitializeNetwork(input.Columns, configuration.HiddenNodes, target.Columns, new GaussianGenerator(configuration.Seed));
                var losses = new List<double>(configuration.Epochs);
                for (var epoch = 0; epoch < configuration.Epochs; epoch++)
                {
                    var forward = ForwardPropagation.Forward(input, network);
                    losses.Add(Training.Loss(target, forward.Output));
                    var gradients = Backpropagation.Backward(input, target, network, forward with { Z1 = forward.H, Z2 = forward.Output });
                    network = Backpropagation.Update(network, gradients, configuration.LearningRate);
                }

                return losses;
            }

            private static string Line(string name, IEnumerable<double> values) =>
                name + " " + string.Join(" ", values.Select(value => value.ToString("R", CultureInfo.InvariantCulture)));
        }
        """;

    /// <summary>The learner's trained network, or an error in words (their code does not compile, throws, hangs …).</summary>
    public static (TrainedNetwork? Network, string? Error) Run(CourseLayout course, string katasRoot, WorkerLimits limits) =>
        Run(course, katasRoot, limits, TrainingSettings.Default);

    /// <summary>The learner's network trained with <paramref name="settings"/>, or an error in words.</summary>
    public static (TrainedNetwork? Network, string? Error) Run(CourseLayout course, string katasRoot, WorkerLimits limits, TrainingSettings settings)
    {
        // In the learner's language, as their own grading and `dotnet test` build it.
        var language = LearnerLanguage.Read(course);
        var languages = course.Manifest.Katas.ToDictionary(kata => kata, _ => language);
        var missing = course.Manifest.Katas
            .SelectMany(kata => kata.FilesIn(languages[kata]).Select(file => $"{kata.Id}/{file}"))
            .FirstOrDefault(file => !File.Exists(Path.Combine(katasRoot, file)));
        if (missing is not null)
        {
            return (null, $"{missing} is missing.");
        }

        var compiler = new IsolatedCompiler(CourseSources.Library(course));
        var probe = new SourceFile("PictureProbe.cs", ProbeSource
            .Replace("GRIDSIZE", GridSize.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("CONFIGURATION", settings.AsCSharp(), StringComparison.Ordinal));
        var steps = course.Manifest.Katas.Select(kata => new LearnerStep(languages[kata], CourseSources.StepFiles(kata, katasRoot, languages[kata]))).ToList();
        var compiled = compiler.CompileSteps("Kata.Pictures", steps, [probe], CompileLimits.Default);
        if (!compiled.Succeeded)
        {
            return (null, string.Join('\n', compiled.Errors.Take(5)));
        }

        var job = KataJob.For("the pictures' training run", compiled, null);
        var result = WorkerSupervisor.Run([job], limits)[0];
        var outcome = result.Outcomes.FirstOrDefault();
        if (result.End != JobEnd.Completed || outcome is null || outcome.Status != TestStatus.Passed)
        {
            return (null, result.Error ?? outcome?.Message ?? "The training run did not finish.");
        }

        return Parse(outcome.Message);
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
                ? (new TrainedNetwork(lines["loss"], GridSize, predictions) { SeedDerivativeLossHistory = lines["seed"] }, null)
                : (null, "The training run sent back a grid of the wrong size.");
        }
        catch (Exception error) when (error is FormatException or KeyNotFoundException or ArgumentException)
        {
            return (null, $"The training run sent back something unreadable: {error.Message}");
        }
    }
}
