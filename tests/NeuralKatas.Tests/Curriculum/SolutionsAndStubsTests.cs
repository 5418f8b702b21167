using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Tests.Curriculum;

/// <summary>What rustlings checks of every exercise: the solution passes, and the stub as shipped fails.</summary>
[TestFixture]
public sealed class SolutionsAndStubsTests
{
    [TestCaseSource(typeof(KataRun), nameof(KataRun.EachKata))]
    public void The_reference_solution_passes_every_test_of(string kataId)
    {
        var kata = RepositoryRoot.Course.Manifest.Find(kataId);

        var (outcomes, errors) = KataRun.Run(kata, RepositoryRoot.Course.SolutionsDirectory);

        Assert.That(errors, Is.Empty, "The solutions must compile.");
        Assert.That(outcomes, Is.Not.Empty, "The kata must have tests.");
        var failing = outcomes.Where(o => o.Status != TestStatus.Passed).ToList();
        Assert.That(failing, Is.Empty, $"Tests that fail on solutions/:{Environment.NewLine}{KataRun.Describe(failing)}");
    }

    [TestCaseSource(typeof(KataRun), nameof(KataRun.EachKata))]
    public void The_shipped_stub_fails_every_test_of(string kataId)
    {
        var kata = RepositoryRoot.Course.Manifest.Find(kataId);

        var (outcomes, errors) = KataRun.Run(kata, RepositoryRoot.Course.KatasDirectory);

        Assert.That(errors, Is.Empty, "The stubs must compile, so a learner starts from failing tests, not compile errors.");
        Assert.That(outcomes, Is.Not.Empty, "The kata must have tests.");
        var passing = outcomes.Where(o => o.Status == TestStatus.Passed).ToList();
        Assert.That(passing, Is.Empty, $"Tests that pass on the untouched stub give points for nothing:{Environment.NewLine}{KataRun.Describe(passing)}");
        var unhelpful = outcomes.Where(o => !o.Message.Contains("is still a TODO in katas/", StringComparison.Ordinal)).ToList();
        Assert.That(unhelpful, Is.Empty, $"On the stub every test should fail by naming the TODO to write:{Environment.NewLine}{KataRun.Describe(unhelpful)}");
    }
}
