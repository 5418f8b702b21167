using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Tests.Curriculum;

/// <summary>A failure that arises in the learner's code points at their own file and line, in C# and in F#.</summary>
[TestFixture]
public sealed class LearnerLocationTests
{
    [Test]
    public void A_TODO_stub_points_at_the_line_that_throws()
    {
        var course = RepositoryRoot.Course;
        var kata = course.Manifest.Find("01-sigmoid");
        var throwLine = LineOf(Path.Combine(course.KataDirectory(kata), "Activation.cs"), "throw new NotImplementedException");

        var (outcomes, _) = KataRun.Run(kata, course.KatasDirectory);

        Assert.That(outcomes[0].Location, Is.EqualTo($"katas/01-sigmoid/Activation.cs:{throwLine}"));
    }

    [Test]
    public void An_FSharp_TODO_stub_points_at_its_own_line()
    {
        var course = RepositoryRoot.Course;
        var kata = course.Manifest.Find("01-sigmoid");
        var raiseLine = LineOf(Path.Combine(course.KataDirectory(kata), "fsharp", "Activation.fs"), "raise");

        var (outcomes, _) = KataRun.Run(kata, course.KatasDirectory, KataLanguage.FSharp);

        Assert.That(outcomes[0].Location, Is.EqualTo($"katas/01-sigmoid/fsharp/Activation.fs:{raiseLine}"));
    }

    [Test]
    public void A_shape_error_names_the_learners_line_and_column_and_the_transpose()
    {
        var course = RepositoryRoot.Course;
        using var work = new Loading.TemporaryFolder();
        var katas = Path.Combine(work.Path, "katas");
        foreach (var step in course.Manifest.Katas)
        {
            Directory.CreateDirectory(Path.Combine(katas, step.Id));
            foreach (var file in step.LearnerFiles)
            {
                File.Copy(Path.Combine(course.SolutionsDirectory, step.Id, file), Path.Combine(katas, step.Id, file));
            }
        }

        var forward = Path.Combine(katas, "03-forward", "ForwardPropagation.cs");
        File.WriteAllText(forward, File.ReadAllText(forward).Replace("input.Multiply(network.Hidden.Weights)", "input.Multiply(network.Hidden.Weights.Transpose())", StringComparison.Ordinal));
        var line = LineOf(forward, "Weights.Transpose()");

        var (outcomes, _) = KataRun.Run(course.Manifest.Find("03-forward"), katas);

        var first = outcomes.First(o => o.Status != TestStatus.Passed);
        Assert.That(first.Location, Does.Match($"^katas/03-forward/ForwardPropagation.cs:{line}:[1-9][0-9]*$"));
        Assert.That(first.Message, Does.Contain("is it transposed?").And.EndWith("Mistake: transposed-matrix"));
    }

    [Test]
    public void A_wrong_value_has_no_line_to_point_at()
    {
        var frame = LearnerFrame.Find("Activation.Sigmoid(2) is 0.1; expected 0.88.", "   at NeuralKatas.Kata01.ActivationTests.Sigmoid_matches_the_formula(Double z) in katas/01-sigmoid/Tests/ActivationTests.cs:line 20");

        Assert.That(frame, Is.Null);
    }

    private static int LineOf(string path, string text) =>
        Array.FindIndex(File.ReadAllLines(path), line => line.Contains(text, StringComparison.Ordinal)) + 1;
}
