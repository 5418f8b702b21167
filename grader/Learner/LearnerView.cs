using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;
using Spectre.Console;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// What the learner verbs show: the progress bar, the current kata with its first problem and
/// where to look, the list of katas, hints. The words come from <see cref="Advice"/>.
/// </summary>
public sealed class LearnerView(IAnsiConsole console, CourseLayout course)
{
    private const int BarWidth = 30;

    // Past the first failing test, names only: the first is the one to fix.
    private const int FailingNamesShown = 4;

    /// <summary>The most lines of the first problem's message shown, or null for all of them (a screen that must fit sets it).</summary>
    public int? MessageLines { get; init; }

    /// <summary>The console written to.</summary>
    public IAnsiConsole Console => console;

    /// <summary>"Progress ██████░░░░ 2 / 5 katas".</summary>
    public void ProgressBar(CourseProgress progress)
    {
        var total = progress.Katas.Count;
        var filled = total == 0 ? 0 : BarWidth * progress.Passed / total;
        console.MarkupLineInterpolated(
            $"Progress [green]{new string('█', filled)}[/][grey]{new string('░', BarWidth - filled)}[/] {Advice.KatasPassed(progress.Passed, total)}");
    }

    /// <summary>The current kata and its first problem, or the end of the path.</summary>
    public void Focus(CourseProgress progress)
    {
        ProgressBar(progress);
        console.WriteLine();
        if (progress.Current is not { } kata)
        {
            console.MarkupLineInterpolated($"[green]{Advice.AllPassed}[/]");
            console.WriteLine(Advice.MakePictures);
            return;
        }

        Kata(kata, progress.Grades[kata.Id]);
    }

    /// <summary>One kata: its title, what to do, its state and its first problem with where to look.</summary>
    public void Kata(KataDefinition kata, KataGrade grade)
    {
        console.MarkupLineInterpolated($"[bold]{kata.Id}: {kata.Title}[/]");
        console.WriteLine(kata.Teaches);
        console.WriteLine(Advice.WhatToDo(kata.Id, kata.FilesIn(LearnerLanguage.Read(course))));
        console.WriteLine();
        var passedTests = grade.Tests.Count(t => t.Status == Execution.TestStatus.Passed);
        console.MarkupLineInterpolated(
            $"[{Colour(grade.Status)}]{StatusText.Headline(grade.Status)}[/]{(grade.Tests.Count > 0 ? $" ({Advice.TestsPassed(passedTests, grade.Tests.Count)})" : string.Empty)}");
        var problem = ProblemFinder.First(course, kata, grade);
        if (problem is not null)
        {
            console.MarkupLineInterpolated($"  [red]✗[/] [bold]{Printable.Clean(problem.Headline)}[/]");
            Indented(Capped(problem.Message), 4);
            if (problem.Location is not null)
            {
                console.MarkupLineInterpolated($"    [blue]{Advice.LookAt(problem.Location)}[/]");
            }
        }

        if (grade.Tests.FirstOrDefault(t => t.Status != Execution.TestStatus.Passed) is { Output.Length: > 0 } first)
        {
            console.WriteLine(Advice.YourOutput);
            Indented(Capped(first.Output.TrimEnd()), 4);
        }

        var failing = grade.Tests.Where(t => t.Status != Execution.TestStatus.Passed).Skip(1).ToList();
        foreach (var test in failing.Take(FailingNamesShown))
        {
            console.MarkupLineInterpolated($"  [red]✗[/] {Printable.FirstLine(test.Name)} {StatusText.Words(test.Status)}");
        }

        if (failing.Count > FailingNamesShown)
        {
            console.WriteLine(Advice.MoreFailing(failing.Count - FailingNamesShown));
        }

        if (grade.Isolation is not null)
        {
            Indented(grade.Isolation, 2);
        }
    }

    /// <summary>Every kata with its state and points; the current one marked.</summary>
    public void List(CourseProgress progress)
    {
        var table = new Table().AddColumn("Kata").AddColumn("Title").AddColumn("State").AddColumn(new TableColumn("Points").RightAligned()).AddColumn(string.Empty);
        foreach (var kata in progress.Katas)
        {
            var grade = progress.Grades[kata.Id];
            table.AddRow(
                new Text(kata.Id),
                new Text(kata.Title),
                new Text(StatusText.Words(grade.Status), Style.Parse(Colour(grade.Status))),
                new Text($"{Numbers.Human(grade.Score)} / {Numbers.Human(grade.MaxScore)}"),
                new Text(kata == progress.Current ? Advice.YouAreHere : string.Empty));
        }

        console.Write(table);
        ProgressBar(progress);
    }

    /// <summary>The hints of a kata revealed so far, the newest last.</summary>
    public void Hints(KataDefinition kata, int shown)
    {
        if (kata.Hints.Count == 0)
        {
            console.WriteLine(Advice.NoHints(kata.Id));
            return;
        }

        for (var level = 1; level <= shown; level++)
        {
            Hint(kata, level);
        }

        console.WriteLine(shown < kata.Hints.Count ? Advice.MoreHints(kata.Id) : Advice.NoMoreHints(kata.Id));
    }

    /// <summary>One hint of a kata.</summary>
    public void Hint(KataDefinition kata, int level)
    {
        console.MarkupLineInterpolated($"[bold]{Advice.HintTitle(kata.Id, level, kata.Hints.Count)}[/]");
        Indented(kata.Hints[level - 1], 2);
    }

    private string Capped(string text)
    {
        var lines = text.Split('\n');
        return MessageLines is { } most && lines.Length > most ? string.Join('\n', lines.Take(most).Append("…")) : text;
    }

    private void Indented(string text, int spaces)
    {
        foreach (var line in Printable.Clean(text).Split('\n'))
        {
            console.Write(new Padder(new Text(line), new Padding(spaces, 0, 0, 0)));
        }
    }

    private static string Colour(KataStatus status) => status switch
    {
        KataStatus.Passed => "green",
        KataStatus.Failed => "yellow",
        _ => "red",
    };
}
