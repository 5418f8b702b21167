using NeuralKatas.Grader.Learner;

namespace NeuralKatas.Tests.Learner;

/// <summary>The parts of the learner verbs that need no grading: hint counts, where a problem is, the pictures.</summary>
[TestFixture]
public sealed class LearnerPartsTests
{
    [Test]
    public void Hint_counts_survive_between_runs_and_a_corrupt_file_only_starts_them_again()
    {
        var home = Directory.CreateTempSubdirectory("neuralkatas-hints-").FullName;
        var previous = Environment.GetEnvironmentVariable(UserDataFolder.HomeVariable);
        Environment.SetEnvironmentVariable(UserDataFolder.HomeVariable, home);
        try
        {
            new HintStore("/some/clone").MarkSeen("01-sigmoid", 2);
            Assert.That(new HintStore("/some/clone").Seen("01-sigmoid"), Is.EqualTo(2));
            Assert.That(new HintStore("/another/clone").Seen("01-sigmoid"), Is.Zero, "each clone has its own counts");

            File.WriteAllText(new HintStore("/some/clone").FilePath, "{ not json");
            Assert.That(new HintStore("/some/clone").Seen("01-sigmoid"), Is.Zero);
        }
        finally
        {
            Environment.SetEnvironmentVariable(UserDataFolder.HomeVariable, previous);
            Directory.Delete(home, recursive: true);
        }
    }

    [TestCase("Sigmoid_matches_the_formula(0.0d)", "", "// TODO: return σ(z)")]
    [TestCase("SigmoidDerivative_of_a_saturated_input_is_small", "", "// TODO: return σ′(z)")]
    [TestCase("Some_test", "Activation.SigmoidDerivative is still a TODO in katas/01-sigmoid/Activation.cs", "// TODO: return σ′(z)")]
    public void A_failing_test_points_at_the_TODO_of_the_method_it_names(string test, string message, string expectedLine)
    {
        var course = RepositoryRoot.Course;

        var location = ProblemFinder.Locate(course, course.Manifest.Find("01-sigmoid"), test, message);

        Assert.That(location, Does.StartWith("katas/01-sigmoid/Activation.cs:"));
        var line = int.Parse(location!.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(File.ReadAllLines(Path.Combine(course.Root, "katas/01-sigmoid/Activation.cs"))[line - 1].Trim(), Does.StartWith(expectedLine));
    }

    [Test]
    public void Pictures_of_a_network_are_pngs_of_the_stated_size_and_not_blank()
    {
        const int size = 21;
        var loss = Enumerable.Range(0, 500).Select(epoch => 0.5 * Math.Exp(-epoch / 100.0)).ToList();
        var predictions = Enumerable.Range(0, size * size).Select(i => (double)((i % size) + (i / size)) / (2 * (size - 1))).ToList();
        var folder = Directory.CreateTempSubdirectory("neuralkatas-pictures-").FullName;
        try
        {
            var files = Pictures.Write(new TrainedNetwork(loss, size, predictions), folder);

            Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[] { Pictures.LossCurveFile, Pictures.DecisionBoundaryFile }));
            PictureAssert.IsPicture(files[0], Pictures.LossCurveSize, minimumColours: 4);
            PictureAssert.IsPicture(files[1], Pictures.DecisionBoundarySize, minimumColours: 50);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
