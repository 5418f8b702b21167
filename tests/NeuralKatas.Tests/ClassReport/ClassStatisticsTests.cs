using NeuralKatas.Grader.ClassReport;

namespace NeuralKatas.Tests.ClassReport;

/// <summary>The class's numbers: histograms, pass rates, mistakes and flags, on a class whose every number is known.</summary>
[TestFixture]
public sealed class ClassStatisticsTests
{
    private static readonly SimilarityResult NoPairs = new(SimilarityOptions.Default, [], []);

    private static ClassSummary Summary => ClassStatistics.Compute(SampleClass.Reports, SampleClass.Katas, NoPairs);

    [Test]
    public void A_kata_histogram_counts_every_graded_student_in_their_score_band()
    {
        var sigmoid = Summary.Katas[0];

        Assert.Multiple(() =>
        {
            Assert.That(sigmoid.Graded, Is.EqualTo(3), "cy could not be graded");
            Assert.That(sigmoid.Histogram, Is.EqualTo(new[] { 1, 0, 0, 0, 0, 1, 0, 0, 0, 1 }), "0 (timed out), 5 and 10 points");
            Assert.That(sigmoid.FullMarks, Is.EqualTo(1));
            Assert.That(sigmoid.Mean, Is.EqualTo(5));
        });
    }

    [Test]
    public void A_test_pass_rate_counts_students_whose_kata_did_not_run_as_not_passing()
    {
        var init = Summary.Katas[1];

        Assert.That(init.Tests.Select(t => (t.Name, t.Passed, t.Graded)), Is.EqualTo(new[] { ("Order", 1, 3), ("Shape", 0, 3) }));
    }

    [Test]
    public void Mistakes_are_ranked_by_how_many_students_made_them_each_student_once()
    {
        var mistakes = Summary.Mistakes;

        Assert.That(mistakes.Select(m => (m.Id, m.Kata, string.Join(",", m.Students))), Is.EqualTo(new[]
        {
            ("init-transposed", "02-init", "0,3"),
            ("sigmoid-of-sigmoid", "01-sigmoid", "1"),
        }));
    }

    [Test]
    public void Flags_name_compile_errors_timeouts_changed_files_and_ungraded_submissions()
    {
        var flags = Summary.Students.Select(s => string.Join(",", s.Flags));

        Assert.That(flags, Is.EqualTo(new[] { string.Empty, "did_not_compile", "not_graded", "timed_out,changed_files" }));
    }
}
