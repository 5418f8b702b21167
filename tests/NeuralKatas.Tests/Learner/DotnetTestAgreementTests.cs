using System.Text.Json;
using NeuralKatas.Grader.Course;
using NeuralKatas.Tests.Classroom;

namespace NeuralKatas.Tests.Learner;

/// <summary>
/// One truth: the learner's own grade of a kata is what `dotnet test katas/NN` says, run for real
/// on a copy of the repository. Kata 01 is left broken and 03 solved: 03 then fails on the
/// learner's own 01, as `dotnet test` builds it, even though it would pass in isolation.
/// Two katas per language keep this to a few builds.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class DotnetTestAgreementTests
{
    private static readonly string[] Katas = ["01-sigmoid", "03-forward"];

    [TestCase(KataLanguage.CSharp)]
    [TestCase(KataLanguage.FSharp)]
    public void With_an_early_kata_broken_the_learners_grade_of_each_kata_is_what_dotnet_test_says(KataLanguage language)
    {
        using var fixture = FixtureCourse.Create(withBuildFiles: true);
        File.WriteAllText(Path.Combine(fixture.Root, "katas", "language.txt"), language == KataLanguage.FSharp ? "fsharp\n" : "csharp\n");
        foreach (var kata in new[] { "02-init", "03-forward" })
        {
            if (language == KataLanguage.FSharp)
            {
                fixture.SolveInFSharp(kata);
            }
            else
            {
                fixture.Solve(kata);
            }
        }

        // A cold F# compile of five katas, beside the rest of the suite, can outlast the usual 90 s.
        var home = new Dictionary<string, string> { ["NEURALKATAS_HOME"] = fixture.Home };
        var grade = EndToEnd.GraderProcess.RunWithin(TimeSpan.FromMinutes(5), fixture.Root, home, null, "grade", "--format", "json");
        var list = EndToEnd.GraderProcess.RunWithin(TimeSpan.FromMinutes(5), fixture.Root, home, null, "list").Output;
        var graded = Statuses(grade.Output);
        var tested = Katas.ToDictionary(kata => kata, kata => DotnetTest(fixture.Root, kata));

        Assert.That(tested.Values.Select(run => run.Passed), Is.EqualTo(new[] { false, false }), "dotnet test fails 01 (a stub) and 03 (built on that stub):\n" + string.Join("\n", tested.Values.Select(run => run.Output)));
        foreach (var kata in Katas)
        {
            Assert.That(graded[kata] == "passed", Is.EqualTo(tested[kata].Passed), $"grade and dotnet test disagree on {kata}:\n{grade.Output}");
            Assert.That(list.Split('\n').Single(line => line.Contains(kata, StringComparison.Ordinal)).Contains("passed", StringComparison.Ordinal), Is.EqualTo(tested[kata].Passed), $"list and dotnet test disagree on {kata}:\n{list}");
        }
    }

    private static Dictionary<string, string> Statuses(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("katas").EnumerateArray()
            .ToDictionary(kata => kata.GetProperty("id").GetString()!, kata => kata.GetProperty("status").GetString()!);
    }

    private static (bool Passed, string Output) DotnetTest(string root, string kata)
    {
        var run = ShellStep.Run($"dotnet test katas/{kata} --nologo", root, new Dictionary<string, string>(), TimeSpan.FromMinutes(5));

        // A failure must be failing tests, not a build that broke for another reason.
        Assert.That(run.Output, Does.Contain("Passed!").Or.Contain("Failed!"), run.Output);
        return (run.ExitCode == 0, $"dotnet test katas/{kata}: exit {run.ExitCode}\n{run.Output}");
    }
}
