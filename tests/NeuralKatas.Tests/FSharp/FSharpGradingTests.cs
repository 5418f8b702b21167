using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Loading;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.FSharp;

/// <summary>The grader grades F#, and submissions that mix the two languages, with the same C# tests.</summary>
[TestFixture]
public sealed class FSharpGradingTests
{
    private DirectoryInfo submission = null!;

    [SetUp]
    public void CopyTheShippedStubs()
    {
        var course = RepositoryRoot.Course;
        submission = Directory.CreateTempSubdirectory("neuralkatas-fsharp-");
        foreach (var kata in course.Manifest.Katas)
        {
            foreach (var file in kata.LearnerFiles.Concat(kata.FSharpFiles))
            {
                var target = Path.Combine(submission.FullName, kata.Id, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(course.KataDirectory(kata), file), target);
            }
        }
    }

    [TearDown]
    public void Delete() => submission.Delete(recursive: true);

    [Test]
    public void An_untouched_clone_is_graded_in_CSharp()
    {
        var kata = RepositoryRoot.Course.Manifest.Katas[0];

        var language = LanguageDetector.Detect(kata, submission.FullName);

        Assert.That(language, Is.EqualTo(KataLanguage.CSharp));
    }

    [Test]
    public void A_kata_whose_FSharp_file_has_fewer_TODOs_left_is_graded_in_FSharp()
    {
        var kata = RepositoryRoot.Course.Manifest.Katas[0];
        Solve(kata, KataLanguage.FSharp);

        var language = LanguageDetector.Detect(kata, submission.FullName);

        Assert.That(language, Is.EqualTo(KataLanguage.FSharp));
    }

    [Test]
    public void A_mixed_submission_gets_full_marks_and_an_FSharp_compile_error_is_reported_at_its_line()
    {
        var course = RepositoryRoot.Course;
        var katas = course.Manifest.Katas;
        for (var i = 0; i < katas.Count; i++)
        {
            Solve(katas[i], i % 2 == 0 ? KataLanguage.CSharp : KataLanguage.FSharp);
        }

        var pipeline = new GradingPipeline(course);
        var full = pipeline.Grade("mixed", submission.FullName, GradeOptions.Default);
        var brokenFile = Path.Combine(submission.FullName, katas[1].Id, katas[1].FSharpFiles[0]);
        var lines = File.ReadAllLines(brokenFile);
        var line = Array.FindIndex(lines, l => l.Contains("let hiddenBias", StringComparison.Ordinal));
        lines[line] = lines[line].Replace("hiddenNodes", "hiddenNode", StringComparison.Ordinal);
        File.WriteAllLines(brokenFile, lines);
        var broken = pipeline.Grade("mixed", submission.FullName, GradeOptions.Default with { KataId = katas[1].Id });

        Assert.That(full.Katas.Select(k => (k.Id, k.Status)), Has.All.Matches<(string, KataStatus)>(k => k.Item2 == KataStatus.Passed), Describe(full));
        Assert.That(full.Score, Is.EqualTo(full.MaxScore));
        var diagnostic = broken.Katas.Single().Diagnostics.First();
        Assert.That(broken.Katas.Single().Status, Is.EqualTo(KataStatus.CompileError));
        Assert.That((diagnostic.File, diagnostic.Line, diagnostic.Id), Is.EqualTo(($"{submission.Name}/{katas[1].Id}/{katas[1].FSharpFiles[0]}", line + 1, "FS0039")));
    }

    private void Solve(KataDefinition kata, KataLanguage language)
    {
        foreach (var file in kata.FilesIn(language))
        {
            File.Copy(Path.Combine(RepositoryRoot.Course.SolutionsDirectory, kata.Id, file), Path.Combine(submission.FullName, kata.Id, file), overwrite: true);
        }
    }

    private static string Describe(GradeReport report) =>
        string.Join(Environment.NewLine, report.Katas.Select(k => $"{k.Id}: {k.Status} {k.Error} {string.Join("; ", k.Diagnostics)} {string.Join("; ", k.Tests.Where(t => t.Points < t.MaxPoints).Select(t => t.Message))}"));
}
