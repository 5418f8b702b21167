using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Tests.Curriculum;

namespace NeuralKatas.Tests.FSharp;

/// <summary>The F# side of the curriculum: the same C# tests pass on the F# solutions and fail on the F# stubs.</summary>
[TestFixture]
public sealed class FSharpCurriculumTests
{
    [TestCaseSource(typeof(KataRun), nameof(KataRun.EachKata))]
    public void The_FSharp_reference_solution_passes_every_CSharp_test_of(string kataId)
    {
        var kata = RepositoryRoot.Course.Manifest.Find(kataId);

        var (outcomes, errors) = KataRun.Run(kata, RepositoryRoot.Course.SolutionsDirectory, KataLanguage.FSharp);

        Assert.That(errors, Is.Empty, "The F# solutions must compile.");
        Assert.That(outcomes, Is.Not.Empty);
        var failing = outcomes.Where(o => o.Status != TestStatus.Passed).ToList();
        Assert.That(failing, Is.Empty, $"Tests that fail on the F# solutions:{Environment.NewLine}{KataRun.Describe(failing)}");
    }

    [TestCaseSource(typeof(KataRun), nameof(KataRun.EachKata))]
    public void The_shipped_FSharp_stub_fails_every_test_of(string kataId)
    {
        var kata = RepositoryRoot.Course.Manifest.Find(kataId);

        var (outcomes, errors) = KataRun.Run(kata, RepositoryRoot.Course.KatasDirectory, KataLanguage.FSharp);

        Assert.That(errors, Is.Empty, "The F# stubs must compile.");
        Assert.That(outcomes, Is.Not.Empty);
        Assert.That(outcomes.Where(o => o.Status == TestStatus.Passed), Is.Empty, "No test may pass on an untouched F# stub.");
        var unhelpful = outcomes.Where(o => !o.Message.Contains("is still a TODO in katas/", StringComparison.Ordinal) || !o.Message.Contains("/fsharp/", StringComparison.Ordinal)).ToList();
        Assert.That(unhelpful, Is.Empty, $"Every failure should name the F# TODO to write:{Environment.NewLine}{KataRun.Describe(unhelpful)}");
    }
}
