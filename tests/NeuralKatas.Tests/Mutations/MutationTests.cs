using System.Text.Json;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Testing;
using NeuralKatas.Tests.Curriculum;

namespace NeuralKatas.Tests.Mutations;

/// <summary>
/// The mutation suite: every mistake in DESIGN.md's catalogue, applied to the reference
/// solution, must make the kata's tests fail, and the first failing test (the one a learner reads
/// first) must name exactly that mistake's id.
/// </summary>
[TestFixture]
public sealed class MutationTests
{
    public static IEnumerable<TestCaseData> Catalogue()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Mutations", "mutations.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var mutations = document.RootElement.GetProperty("mutations").Deserialize<List<Mutation>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return mutations.Select(m => new TestCaseData(m).SetArgDisplayNames(m.Id));
    }

    [TestCaseSource(nameof(Catalogue))]
    public void The_kata_tests_catch_and_name(Mutation mutation)
    {
        var course = RepositoryRoot.Course;
        var mutant = Directory.CreateTempSubdirectory("neuralkatas-mutant-");
        try
        {
            CopySolutions(course.SolutionsDirectory, mutant.FullName);
            var file = Path.Combine(mutant.FullName, mutation.Kata, mutation.File);
            File.WriteAllText(file, mutation.ApplyTo(File.ReadAllText(file)));

            var (outcomes, errors) = KataRun.Run(course.Manifest.Find(mutation.CaughtBy), mutant.FullName);

            Assert.That(errors, Is.Empty, $"The mutant '{mutation.Id}' must compile: a mistake the compiler catches needs no test.");
            var failing = outcomes.Where(o => o.Status != TestStatus.Passed).ToList();
            Assert.That(failing, Is.Not.Empty, $"No test of {mutation.CaughtBy} fails with {mutation.Mistake}.");
            Assert.That(MistakeLine.Read(failing[0].Message) ?? string.Empty, Is.EqualTo(mutation.Names),
                $"The first failing test of {mutation.CaughtBy} with {mutation.Mistake} must name '{mutation.Names}' (nothing, when empty):{Environment.NewLine}{KataRun.Describe(failing)}");
        }
        finally
        {
            mutant.Delete(recursive: true);
        }
    }

    [Test]
    public void Every_mistake_in_the_catalogue_has_its_own_id_and_every_mutation_names_one_of_them()
    {
        var ids = Mistakes.All.Select(m => m.Id).ToList();

        var named = Catalogue().Select(c => ((Mutation)c.Arguments[0]!).Names).Where(id => id.Length > 0).Distinct();

        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.All.Matches("^[a-z0-9]+(-[a-z0-9]+)*$"));
        Assert.That(named.Except(ids), Is.Empty, "Mutations name ids the catalogue does not have.");
    }

    private static void CopySolutions(string solutions, string target)
    {
        foreach (var kata in RepositoryRoot.Course.Manifest.Katas)
        {
            Directory.CreateDirectory(Path.Combine(target, kata.Id));
            foreach (var file in kata.LearnerFiles)
            {
                File.Copy(Path.Combine(solutions, kata.Id, file), Path.Combine(target, kata.Id, file));
            }
        }
    }
}
