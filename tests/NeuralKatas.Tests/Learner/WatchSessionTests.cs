namespace NeuralKatas.Tests.Learner;

/// <summary>Scripted learner sessions with `watch`: edit files, press keys, read what it shows.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class WatchSessionTests
{
    [Test]
    public void Watch_moves_on_when_the_current_kata_passes_and_answers_commands()
    {
        using var fixture = FixtureCourse.Create();
        using var watch = PipedWatch.Start(fixture.Root, fixture.Home);
        watch.WaitFor("Checked in");
        Assert.That(watch.Output, Does.Contain("01-sigmoid: The sigmoid and its derivative").And.Contain("→ katas/01-sigmoid/Activation.cs:"));

        fixture.Solve("01-sigmoid");
        watch.WaitFor("01-sigmoid passes. On to the next kata!");
        Assert.That(watch.Output, Does.Contain("02-init: Initialising the network").And.Contain("1 / 5 katas"));

        watch.Type("h");
        watch.WaitFor("Hint 1 of 3 for 02-init");
        watch.Type("q");
        Assert.That(watch.WaitForExit(), Is.EqualTo(1));
    }

    [Test]
    public void Watch_reports_a_learners_endless_loop_and_recovers_on_the_next_save()
    {
        using var fixture = FixtureCourse.Create();
        using var watch = PipedWatch.Start(fixture.Root, fixture.Home, "--time-limit", "2");
        watch.WaitFor("Checked in");

        var file = fixture.LearnerFile("01-sigmoid");
        File.WriteAllText(file, File.ReadAllText(file).Replace("// TODO: return σ(z)", "while (z == z) { } // TODO: return σ(z)", StringComparison.Ordinal));
        watch.WaitFor("endless loop");

        fixture.Solve("01-sigmoid");
        watch.WaitFor("01-sigmoid passes");
        watch.Type("q");
        watch.WaitForExit();
    }

    [Test]
    public void Manual_watch_checks_again_only_when_asked()
    {
        using var fixture = FixtureCourse.Create();
        using var watch = PipedWatch.Start(fixture.Root, fixture.Home, "--manual");
        watch.WaitFor("Checked in");

        fixture.Solve("01-sigmoid");
        Thread.Sleep(1500);
        Assert.That(PipedWatch.Count(watch.Output, "Checked in"), Is.EqualTo(1), "manual mode does not watch files");

        watch.Type("r");
        watch.WaitFor("01-sigmoid passes");
        watch.Type("q");
        watch.WaitForExit();
    }

    [Test]
    public void Watch_in_a_terminal_redraws_on_save_and_answers_keys()
    {
        Assume.That(TmuxSession.Available, "tmux is not installed (apt-get install -y tmux)");
        using var fixture = FixtureCourse.Create();
        using var terminal = TmuxSession.Start(fixture.Root, fixture.Home, $"dotnet '{LearnerCli.Assembly}' watch");
        terminal.WaitFor("Keys: [h] hint");
        Assert.That(terminal.Screen, Does.Contain("0 / 5 katas"));

        File.AppendAllText(fixture.LearnerFile("01-sigmoid"), "\nnot C# at all\n");
        terminal.WaitFor("Does not compile");
        Assert.That(terminal.Screen, Does.Not.Contain("Failed (0 of"), "the screen is redrawn, not appended to");

        fixture.Solve("01-sigmoid");
        terminal.WaitFor("02-init: Initialising the network");

        terminal.Keys("h");
        terminal.WaitFor("Hint 1 of 3 for 02-init");
        terminal.Keys("q");
        terminal.WaitFor("[exited 1]");
    }
}
