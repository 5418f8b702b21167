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
        var watched = new NeuralKatas.Grader.Learner.WatchedFolders(Path.Combine(fixture.Home, "watching"));
        Assert.That(watched.IsWatched(fixture.Course.KatasDirectory), Is.True, "the grade server is told a watch checks each save");

        fixture.Solve("01-sigmoid");
        watch.WaitFor("01-sigmoid passes. On to the next kata!");
        Assert.That(watch.Output, Does.Contain("02-init: Initialising the network").And.Contain("1 / 5 katas"));

        watch.Type("h");
        watch.WaitFor("Hint 1 of 3 for 02-init");
        watch.Type("q");
        Assert.That(watch.WaitForExit(), Is.EqualTo(1));
        Assert.That(watched.IsWatched(fixture.Course.KatasDirectory), Is.False, "and that it stopped");
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
    public void When_the_last_kata_passes_watch_names_no_next_kata_and_r_checks_every_kata_again()
    {
        using var fixture = FixtureCourse.Create();
        foreach (var kata in new[] { "01-sigmoid", "02-init", "03-forward", "04-backprop" })
        {
            fixture.Solve(kata);
        }

        using var watch = PipedWatch.Start(fixture.Root, fixture.Home);
        watch.WaitFor("Checked in");
        fixture.Solve("05-train");
        watch.WaitFor("05-train passes.");
        watch.WaitFor("Checked in", times: 2);
        watch.Type("r");
        watch.WaitFor("Checked in", times: 3);
        watch.Type("q");

        Assert.That(watch.WaitForExit(), Is.Zero, watch.Output);
        Assert.That(watch.Output, Does.Contain("Every kata passes").And.Not.Contain("On to the next kata"));
        Assert.That(watch.Output, Does.Not.Contain("Checked in 0.00 s"), "r checks every kata again, which takes time");
    }

    [Test]
    public void Watch_in_a_terminal_draws_one_screen_that_fits_80_by_24_and_redraws_it_in_place()
    {
        Assume.That(TmuxSession.Available, "tmux is not installed (apt-get install -y tmux)");
        using var fixture = FixtureCourse.Create();
        using var terminal = TmuxSession.Start(fixture.Root, fixture.Home, $"dotnet '{LearnerCli.Assembly}' watch --time-limit 3", 80, 24);
        terminal.WaitFor("Keys: [h] hint");
        AssertOneScreen(terminal, "0 / 5 katas", "01-sigmoid: The sigmoid and its derivative", "✗ Sigmoid", "→ katas/01-sigmoid/Activation.cs:");

        var file = fixture.LearnerFile("01-sigmoid");
        File.WriteAllText(file, File.ReadAllText(file).Replace("// TODO: return σ(z)", "while (z == z) { } // TODO: return σ(z)", StringComparison.Ordinal));
        terminal.WaitFor("Checking 01-sigmoid…");
        AssertOneScreen(terminal, "0 / 5 katas", "01-sigmoid: The sigmoid and its derivative");
        terminal.WaitFor("Checked in");
        AssertOneScreen(terminal, "✗ Timed out", "more than 3 s");

        File.AppendAllText(file, "\nnot C# at all\n");
        terminal.WaitFor("Does not compile");
        Assert.That(terminal.Screen, Does.Not.Contain("Timed out").And.Not.Contain("more than 3 s"), "the screen is redrawn, not appended to");

        terminal.Keys("h");
        terminal.WaitFor("Hint 1 of 3 for 01-sigmoid");
        AssertOneScreen(terminal, "Does not compile", "h again shows the next hint");
        terminal.Keys("h");
        terminal.WaitFor("Hint 2 of 3 for 01-sigmoid");
        Assert.That(terminal.Screen, Does.Not.Contain("Hint 1 of 3"), "one hint at a time, the newest");

        fixture.Solve("01-sigmoid");
        terminal.WaitFor("02-init: Initialising the network");
        AssertOneScreen(terminal, "1 / 5 katas", "01-sigmoid passes. On to the next kata!");
        Assert.That(terminal.Screen, Does.Not.Contain("Hint 2 of 3"), "a hint belongs to its kata");

        terminal.Keys("q");
        terminal.WaitFor("[exited 1]");
    }

    // The screen fits: the progress bar is its first line (nothing scrolled off the top) and the
    // keys are on screen, with what the step should show in between. A capture can land in the
    // middle of a redraw (or a save the watcher saw half-written), so it is read again until the
    // screen settles, for up to 30 s.
    private static void AssertOneScreen(TmuxSession terminal, params string[] shown)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var lines = terminal.Lines;
            var screen = string.Join("\n", lines);
            var fits = lines.Count > 0 && lines[0].StartsWith("Progress", StringComparison.Ordinal)
                && lines.Any(line => line.Contains("Keys: [h] hint", StringComparison.Ordinal))
                && lines.Count(line => line.StartsWith("Progress", StringComparison.Ordinal)) == 1
                && shown.All(text => screen.Contains(text, StringComparison.Ordinal));
            if (fits)
            {
                return;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                Assert.Fail($"The screen never showed one whole screen with {string.Join(", ", shown)}. It shows:\n{screen}");
            }

            Thread.Sleep(100);
        }
    }
}
