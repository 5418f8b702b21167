using System.Globalization;
using System.Text;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Classroom;

/// <summary>The README.md of the student template: how to start, the katas and their points, how grading works.</summary>
public static class StudentReadme
{
    /// <summary>The README for a course with <paramref name="manifest"/>'s katas.</summary>
    public static string Text(Manifest manifest)
    {
        var first = manifest.Katas[0].Id;
        var total = manifest.Katas.Sum(kata => kata.Points);
        var table = new StringBuilder();
        foreach (var kata in manifest.Katas)
        {
            table.Append(CultureInfo.InvariantCulture, $"| [{kata.Id}](katas/{kata.Id}/README.md) | {kata.Title} | {kata.Points} |\n");
        }

        return $$"""
            # NeuralKatas

            Build a neural network from scratch in C#, one kata at a time, until your own network learns
            XOR. Each kata is a small file with `// TODO`s and a set of tests that fail until you fill them
            in. A failing test says what it expected, the formula behind it, and the mistake you probably
            made.

            ## Getting started

            You need the .NET 10 SDK and nothing else.

            ```sh
            dotnet test katas/{{first}}                 # one kata's tests, with plain .NET tooling
            dotnet run --project grader -- grade         # every kata, scored exactly as on GitHub
            dotnet run --project grader -- grade --kata {{first}}
            ```

            Open `katas/{{first}}/README.md`, fill in the TODOs of the file it names, run the tests again,
            and go on to the next kata when they pass. `katas/katas.json` has three hints per kata, from
            vague to specific.

            ## The katas

            | kata | what you build | points |
            | --- | --- | --- |
            {{table.ToString().TrimEnd('\n')}}

            The katas build on each other: your network is one body of code written across the steps, so
            the tests of a kata compile your files of every kata before it too.

            ## How you are graded

            Every `git push` runs the **Autograding** workflow (`.github/workflows/classroom.yml`) in
            GitHub Actions. It runs the same grader as the command above, once per kata, and sends your
            points to GitHub Classroom: {{total}} in all.

            - **Partial credit.** A kata's points are shared equally among its tests, so passing 7 of its
              10 tests earns 7/10 of its points.
            - **One kata at a time.** A kata that does not compile, or whose tests hang or crash, scores 0
              on its own; the others are still graded. Your earlier katas are part of every later kata,
              though: if kata 02 fails, fix it before you chase kata 03.
            - **Where to read the result.** Open the **Actions** tab and the latest run: its summary page
              has the full feedback, failing tests with their messages; the log of the *Autograding
              Reporter* step lists every test with ✅ or ❌ and the points per kata.
            - The workflow ignores commits made by GitHub Classroom itself.

            Please leave `katas/*/Tests/`, `katas/Given/`, `katas/TestSupport/`, `grader/` and
            `.github/` as they are: your instructor may grade again with their own copy of them.

            ## The snapshot check (kata 05)

            Kata 05 trains your network on XOR with the default configuration and compares the four
            predictions and the loss at a few epochs with
            `katas/05-train/Tests/Snapshots/xor-default.snapshot.json`, within a small tolerance stated in
            the test. The numbers in that file are not a secret and not an answer: the math, the random
            generator, the seed and the order of the draws are all fixed, so every correct network
            trains to exactly these numbers, and knowing them tells you nothing about how to write the
            code. They are there so that a failing snapshot test can show you which value is off and by
            how much. If only the snapshot test fails, your network learns but does not follow the
            contract exactly; the test's message lists the usual causes.
            """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
