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
            dotnet run --project grader -- watch         # shows the first kata to do, checks again on every save
            dotnet test katas/{{first}}                 # one kata's tests, with plain .NET tooling
            ```

            Open `katas/{{first}}/README.md`, fill in the TODOs of the file it names, and go on to the next
            kata when its tests pass. The grader's other verbs (prefix each with
            `dotnet run --project grader --`):

            | command | what it does |
            | --- | --- |
            | `watch` | shows the first kata that does not pass yet, its failing test and where to look, and checks again every time you save |
            | `run [KATA]` | checks one kata once and shows what to fix |
            | `list` | every kata with its state and points |
            | `hint [KATA]` | the next hint for a kata, from vague to specific |
            | `grade` | every kata, scored exactly as the workflow below scores it |

            ## Solving the katas in F#

            Every kata has an F# stub beside the C# one, `katas/NN-name/fsharp/*.fs`, with the same names
            the tests call. Fill in its TODOs instead of the C# file's, then:

            ```sh
            dotnet test katas/{{first}} -p:KataLanguage=fsharp
            ```

            The grader and the workflow grade whichever of the two files you have worked on.

            ## The katas

            | kata | what you build | points |
            | --- | --- | --- |
            {{table.ToString().TrimEnd('\n')}}

            The katas build on each other: your network is one body of code written across the steps, so
            the tests of a kata compile your files of every kata before it too.

            ## How you are graded

            Every `git push` runs the **Autograding Tests** workflow (`.github/workflows/classroom.yml`)
            in GitHub Actions. It grades every kata once with the grader in this repository and reports
            your points: {{total}} in all.

            - **Partial credit.** A kata's points are shared equally among its tests, so passing 7 of its
              10 tests earns 7/10 of its points. The points sent are the grader's own total, exactly.
            - **The run stays red until every test passes.** A red run with some points is normal while
              you work; it turns green when every kata passes.
            - **What a compile error costs.** This repository has no reference solutions, so each kata is
              graded on your own earlier katas: a kata that does not compile scores 0, and so does every
              later kata, since their tests compile it too. Fix the earliest kata that fails first. A kata
              whose tests hang or crash scores 0 on its own; the others are still graded.
            - **Where to read the result.** Open the **Actions** tab and the latest run: its summary page
              has the full feedback, failing tests with their messages; the log of the *Autograding
              Reporter* step lists every test with ✅ or ❌ and the points per kata.
            - The workflow ignores commits made by GitHub Classroom itself.

            ## Files to leave as they are

            `katas/*/Tests/`, `katas/katas.json`, `katas/Given/`, `katas/TestSupport/`, the kata projects,
            `grader/`, `.github/workflows/classroom.yml` and the root build files are the course's. Their
            digests are in `{{ProtectedFiles.RecordPath}}`, and every run checks them: a changed file is
            named in a failing **integrity** check that you and your instructor both see. It changes no
            points, but your instructor grades again with the course's own copies of those files, and
            that grade is the one that counts.

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
