using System.Text.Json;
using NeuralKatas.Grader.ClassReport;
using NeuralKatas.Grader.Commands;
using NeuralKatas.Tests.EndToEnd;
using NeuralKatas.Tests.Loading;

namespace NeuralKatas.Tests.ClassReport;

/// <summary>`batch … --out OUT` writes the class report beside the gradebook.</summary>
[TestFixture]
public sealed class BatchClassReportTests
{
    [Test]
    public void Batch_writes_report_html_and_class_json_and_finds_two_identical_submissions()
    {
        using var work = new TemporaryFolder();
        var submissions = Path.Combine(work.Path, "submissions");
        var output = Path.Combine(work.Path, "out");
        foreach (var student in new[] { "ana", "ben" })
        {
            foreach (var kata in RepositoryRoot.Course.Manifest.Katas)
            {
                foreach (var file in kata.LearnerFiles)
                {
                    var target = Path.Combine(submissions, student, kata.Id, file);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(Path.Combine(RepositoryRoot.Course.SolutionsDirectory, kata.Id, file), target);
                }
            }
        }

        var run = GraderProcess.Run(RepositoryRoot.Course.Root, "batch", submissions, "--out", output, "--parallel", "2");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, ClassReportWriter.JsonFileName)));
        var pairs = json.RootElement.GetProperty("similarity").GetProperty("pairs").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(output, ClassReportWriter.HtmlFileName)), Does.StartWith("<!DOCTYPE html>"));
            Assert.That(pairs, Is.Not.Empty, "two copies of the solutions share every fingerprint");
            Assert.That(pairs.Select(p => p.GetProperty("score").GetDouble()), Has.All.EqualTo(1));
        });
    }

    [Test]
    public void A_similarity_threshold_outside_0_to_1_is_a_usage_error()
    {
        using var work = new TemporaryFolder();

        var run = GraderProcess.Run(RepositoryRoot.Course.Root, "batch", work.Path, "--out", Path.Combine(work.Path, "out"), "--similarity-threshold", "60");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.ToString());
        Assert.That(run.Error, Does.Contain("--similarity-threshold"));
    }
}
