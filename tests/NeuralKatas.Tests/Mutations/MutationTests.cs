using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Testing;
using NeuralKatas.Tests.Curriculum;

namespace NeuralKatas.Tests.Mutations;

/// <summary>
/// The mutation suite: every mistake in DESIGN.md's catalogue, applied to the reference
/// solution, must make the kata's tests fail, and the first failing test (the one a learner reads
/// first) must name exactly that mistake's id. A mistake in an F# file is graded with every kata
/// in F#. With NEURALKATAS_MUTATIONS set to a file of the same form, its mistakes are graded
/// instead: how a held-out set is measured (docs/maintainers.md).
/// </summary>
[TestFixture]
public sealed class MutationTests
{
    /// <summary>Names a file of mistakes to grade instead of the catalogue's.</summary>
    public const string HeldOutSetVariable = "NEURALKATAS_MUTATIONS";

    public static IEnumerable<TestCaseData> Catalogue()
    {
        var heldOut = Environment.GetEnvironmentVariable(HeldOutSetVariable);
        var path = string.IsNullOrEmpty(heldOut) ? Path.Combine(AppContext.BaseDirectory, "Mutations", "mutations.json") : heldOut;
        return Mutation.ReadAll(path).Select(m => new TestCaseData(m).SetArgDisplayNames(m.Id));
    }

    [TestCaseSource(nameof(Catalogue))]
    public void The_kata_tests_catch_and_name(Mutation mutation)
    {
        var course = RepositoryRoot.Course;
        var mutant = Directory.CreateTempSubdirectory("neuralkatas-mutant-");
        try
        {
            var language = mutation.LanguageIn(course.Manifest);
            CopySolutions(course.SolutionsDirectory, mutant.FullName, language);
            var file = Path.Combine(mutant.FullName, mutation.Kata, mutation.File);
            File.WriteAllText(file, mutation.ApplyTo(File.ReadAllText(file)));

            var (outcomes, errors) = KataRun.Run(course.Manifest.Find(mutation.CaughtBy), mutant.FullName, language);

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

    private static void CopySolutions(string solutions, string target, KataLanguage language)
    {
        foreach (var kata in RepositoryRoot.Course.Manifest.Katas)
        {
            foreach (var file in kata.FilesIn(language))
            {
                var copy = Path.Combine(target, kata.Id, file);
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(Path.Combine(solutions, kata.Id, file), copy);
            }
        }
    }
}
