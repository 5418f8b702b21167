using NeuralKatas.Grader.Learner;

namespace NeuralKatas.Tests.Learner;

/// <summary>The learner verbs run as a learner runs them: the built grader, in a fixture course, output piped.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class LearnerVerbsTests
{
    [Test]
    public void List_shows_every_kata_and_marks_the_first_that_does_not_pass()
    {
        using var fixture = FixtureCourse.Create();
        fixture.Solve("01-sigmoid");

        var (exitCode, output, _) = LearnerCli.Run(fixture.Root, fixture.Home, null, "list");

        Assert.That(exitCode, Is.Zero, output);
        var lines = output.Split('\n');
        Assert.That(lines.Single(line => line.Contains("01-sigmoid", StringComparison.Ordinal)), Does.Contain("passed").And.Not.Contain("you are here"));
        Assert.That(lines.Single(line => line.Contains("02-init", StringComparison.Ordinal)), Does.Contain("you are here"));
        Assert.That(output, Does.Contain("1 / 5 katas"));
    }

    [Test]
    public void Hint_reveals_one_more_hint_each_time_and_stops_at_the_last()
    {
        using var fixture = FixtureCourse.Create();
        var home = fixture.Home;

        var first = LearnerCli.Run(fixture.Root, home, null, "hint", "01-sigmoid").Output;
        var second = LearnerCli.Run(fixture.Root, home, null, "hint", "01-sigmoid").Output;
        LearnerCli.Run(fixture.Root, home, null, "hint", "01-sigmoid");
        var fourth = LearnerCli.Run(fixture.Root, home, null, "hint", "01-sigmoid").Output;

        Assert.That(first, Does.Contain("Hint 1 of 3 for 01-sigmoid").And.Not.Contain("Hint 2"));
        Assert.That(second, Does.Contain("Hint 1 of 3").And.Contain("Hint 2 of 3").And.Not.Contain("Hint 3"));
        Assert.That(fourth, Does.Contain("Hint 3 of 3").And.Contain("last hint"));
        Assert.That(Directory.EnumerateFiles(fixture.Root, "hints-*", SearchOption.AllDirectories), Is.Empty, "hint counts are kept outside the repository");
    }

    [Test]
    public void Hint_with_a_level_shows_that_hint_alone()
    {
        using var fixture = FixtureCourse.Create();
        var hints = fixture.Course.Manifest.Find("02-init").Hints;

        var (exitCode, output, _) = LearnerCli.Run(fixture.Root, fixture.Home, null, "hint", "02-init", "--level", "3");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain(hints[2]).And.Not.Contain(hints[0]));
    }

    [Test]
    public void Hint_finds_a_kata_from_its_number()
    {
        using var fixture = FixtureCourse.Create();

        var (exitCode, output, error) = LearnerCli.Run(fixture.Root, fixture.Home, null, "hint", "4", "--level", "1");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.Contain("Hint 1 of").And.Contain("for 04-backprop"));
    }

    [Test]
    public void Hint_refuses_a_name_that_fits_two_katas_and_lists_them()
    {
        using var fixture = FixtureCourse.Create();

        var (exitCode, _, error) = LearnerCli.Run(fixture.Root, fixture.Home, null, "hint", "in");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("02-init or 05-train"));
    }

    [Test]
    public void Reset_without_a_terminal_to_ask_changes_nothing_unless_told_yes()
    {
        using var fixture = FixtureCourse.Create();
        fixture.Solve("01-sigmoid");
        var solved = File.ReadAllText(fixture.LearnerFile("01-sigmoid"));

        var (exitCode, _, error) = LearnerCli.Run(fixture.Root, fixture.Home, null, "reset", "01-sigmoid");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--yes"));
        Assert.That(File.ReadAllText(fixture.LearnerFile("01-sigmoid")), Is.EqualTo(solved));
    }

    [Test]
    public void Reset_backs_up_the_learners_file_and_puts_the_stub_back()
    {
        using var fixture = FixtureCourse.Create();
        var stub = File.ReadAllText(fixture.LearnerFile("01-sigmoid"));
        fixture.Solve("01-sigmoid");
        var solved = File.ReadAllText(fixture.LearnerFile("01-sigmoid"));

        var (exitCode, output, _) = LearnerCli.Run(fixture.Root, fixture.Home, null, "reset", "01-sigmoid", "--yes");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(File.ReadAllText(fixture.LearnerFile("01-sigmoid")), Is.EqualTo(stub));
        var backups = Directory.GetFiles(Path.Combine(fixture.Root, "katas", "01-sigmoid", KataReset.BackupFolder), "Activation.cs.bak", SearchOption.AllDirectories);
        Assert.That(backups, Has.Length.EqualTo(1));
        Assert.That(File.ReadAllText(backups[0]), Is.EqualTo(solved));
        Assert.That(output, Does.Contain(".backup"));
    }

    [Test]
    public void Run_reports_an_endless_loop_instead_of_hanging()
    {
        using var fixture = FixtureCourse.Create();
        fixture.Solve("01-sigmoid");
        var file = fixture.LearnerFile("01-sigmoid");
        File.WriteAllText(file, File.ReadAllText(file).Replace("public static double Sigmoid(double z)\n    {", "public static double Sigmoid(double z)\n    {\n        while (z == z) { }", StringComparison.Ordinal));

        var (exitCode, output, _) = LearnerCli.Run(fixture.Root, fixture.Home, null, "run", "01-sigmoid", "--time-limit", "2");

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("Timed out").And.Contain("endless loop"));
    }

    [Test]
    public void Run_shows_what_the_learners_code_printed_during_the_first_failing_test()
    {
        using var fixture = FixtureCourse.Create();
        fixture.Solve("01-sigmoid");
        var file = fixture.LearnerFile("01-sigmoid");
        var printing = "public static double Sigmoid(double z)\n    {\n        System.Console.WriteLine($\"my sigmoid got {z}\");\n        if (z > 1) { return 0.5; }";
        File.WriteAllText(file, File.ReadAllText(file).Replace("public static double Sigmoid(double z)\n    {", printing, StringComparison.Ordinal));

        var (exitCode, output, _) = LearnerCli.Run(fixture.Root, fixture.Home, null, "run", "1");

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("Your code printed:").And.Contain("my sigmoid got 2"), output);
    }

    [Test]
    public void Run_points_at_the_learners_file_and_line_of_a_compile_error()
    {
        using var fixture = FixtureCourse.Create();
        File.AppendAllText(fixture.LearnerFile("01-sigmoid"), "\nthis is not C#\n");

        var (exitCode, output, _) = LearnerCli.Run(fixture.Root, fixture.Home, null, "run");

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("Does not compile").And.Match(@"→ katas/01-sigmoid/Activation\.cs:\d+:\d+"));
    }

    [Test]
    public void Plot_waits_until_the_last_kata_passes()
    {
        using var fixture = FixtureCourse.Create();

        var (exitCode, _, error) = LearnerCli.Run(fixture.Root, fixture.Home, null, "plot");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain("05-train must pass first"));
    }

    [Test]
    public void Plot_draws_the_learners_own_trained_network()
    {
        using var fixture = FixtureCourse.Create();
        fixture.SolveAll();

        var (exitCode, output, error) = LearnerCli.Run(fixture.Root, fixture.Home, null, "plot", "--out", "pictures");

        Assert.That(exitCode, Is.Zero, output + error);
        PictureAssert.IsPicture(Path.Combine(fixture.Root, "pictures", Pictures.LossCurveFile), Pictures.LossCurveSize, minimumColours: 4);
        PictureAssert.IsPicture(Path.Combine(fixture.Root, "pictures", Pictures.DecisionBoundaryFile), Pictures.DecisionBoundarySize, minimumColours: 50);
    }
}
