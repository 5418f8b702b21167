using NeuralKatas.Grader.ClassReport;

namespace NeuralKatas.Tests.ClassReport;

/// <summary>The similarity check finds disguised copies and leaves independent work alone.</summary>
[TestFixture]
public sealed class SimilarityCheckTests
{
    private static SimilarityResult Run(IReadOnlyList<StudentWork> students) =>
        new SimilarityCheck(SimilarityOptions.Default).Run(students, TestClass.Katas, TestClass.Stubs());

    private static IEnumerable<string> Named(SimilarityResult result, IReadOnlyList<StudentWork> students) =>
        result.Pairs.Select(p => $"{p.Kata}: {students[p.First].Report.Submission} and {students[p.Second].Report.Submission} ({p.Score})");

    [Test]
    public void Copies_with_renamed_variables_and_reordered_methods_are_found_and_honest_variants_are_not()
    {
        var students = TestClass.Students();

        var result = Run(students);

        Assert.That(Named(result, students).Select(p => p[..p.IndexOf(" (", StringComparison.Ordinal)]), Is.EquivalentTo(new[]
        {
            "04-backprop: bruno and eve",
            "05-train: dana and frank",
        }), string.Join("\n", Named(result, students)));
    }

    [Test]
    public void Honest_variants_score_well_below_the_threshold_and_copies_well_above()
    {
        var students = TestClass.Students();

        var everything = new SimilarityCheck(SimilarityOptions.Default with { Threshold = 0 }).Run(students, TestClass.Katas, TestClass.Stubs());
        var honest = everything.Pairs.Where(p => TestClass.Honest.Contains(students[p.First].Report.Submission) && TestClass.Honest.Contains(students[p.Second].Report.Submission));
        var copies = everything.Pairs.Where(p => students[p.Second].Report.Submission is "eve" or "frank" && p.Score >= SimilarityOptions.Default.Threshold);
        TestContext.Out.WriteLine(string.Join("\n", Named(everything, students)));

        Assert.Multiple(() =>
        {
            Assert.That(honest.Select(p => p.Score), Has.All.LessThan(SimilarityOptions.Default.Threshold / 2), string.Join("\n", Named(everything, students)));
            Assert.That(copies.Select(p => p.Score), Has.All.GreaterThan(0.9), string.Join("\n", Named(everything, students)));
        });
    }

    [Test]
    public void Submissions_that_only_keep_the_stub_are_not_alike()
    {
        var stub = TestClass.Stubs();
        var students = new[] { TestClass.Student("kim", stub), TestClass.Student("lee", stub), TestClass.Student("max", stub) };

        var result = Run(students);

        Assert.Multiple(() =>
        {
            Assert.That(result.Pairs, Is.Empty);
            Assert.That(result.Katas.Select(k => k.TooShort), Has.All.EqualTo(3), "with the stub's fingerprints out, nothing is left to compare");
        });
    }

    [Test]
    public void Code_most_of_the_class_shares_is_an_idiom_and_not_evidence()
    {
        // Six students hand in amara's forward pass: common to the whole class, so it is taken out, not flagged six ways.
        var forward = TestClass.Students().Single(s => s.Report.Submission == "amara").Sources.Where(s => s.Kata == "03-forward").ToList();
        var students = Enumerable.Range(0, 6).Select(n => TestClass.Student($"student{n}", forward)).ToList();

        var result = Run(students);

        Assert.Multiple(() =>
        {
            Assert.That(result.Pairs, Is.Empty);
            Assert.That(result.Katas.Single(k => k.Kata == "03-forward").CommonFingerprints, Is.GreaterThan(0));
        });
    }

    [Test]
    public void A_pair_shows_the_matching_lines_of_both_files()
    {
        var students = TestClass.Students();

        var pair = Run(students).Pairs.Single(p => p.Kata == "04-backprop");
        var bruno = students[pair.First].Sources.Single(s => s.Kata == "04-backprop").Text.Split('\n');
        var eve = students[pair.Second].Sources.Single(s => s.Kata == "04-backprop").Text.Split('\n');

        // bruno's Delta helper is eve's ErrorTerm, now at the end of her file.
        var delta = Array.FindIndex(bruno, line => line.Contains("Matrix Delta(", StringComparison.Ordinal)) + 1;
        var errorTerm = Array.FindIndex(eve, line => line.Contains("Matrix ErrorTerm(", StringComparison.Ordinal)) + 1;
        Assert.Multiple(() =>
        {
            Assert.That(pair.Passages, Has.Some.Matches<MatchedPassage>(p =>
                p.FirstStart <= delta + 2 && p.FirstEnd >= delta + 3 && p.SecondStart <= errorTerm + 2 && p.SecondEnd >= errorTerm + 3));
            Assert.That(pair.Passages, Has.Count.EqualTo(5), "each of bruno's five members beside its one copy, no cross-matches of look-alike helpers");
        });
    }

    [Test]
    public void Renaming_reformatting_and_comments_leave_the_fingerprints_unchanged()
    {
        var original = new LearnerSource("k", "A.cs", "class A { int Twice(int value) { var result = value * 2; return result + 1; } }");
        var disguised = new LearnerSource("k", "A.cs", "class B\n{\n    // doubles it\n    int Double(int x)\n    {\n        var y = x * 7;   /* seven */\n        return y + 3;\n    }\n}\n");

        var options = SimilarityOptions.Default with { K = 4, Window = 2 };

        Assert.That(KataFingerprints.Of([disguised], options).Distinct, Is.EquivalentTo(KataFingerprints.Of([original], options).Distinct));
    }

    [TestCase(0)]
    [TestCase(100_000)]
    public void A_deeply_nested_hostile_file_is_compared_without_stopping_the_check(int strayClosingBrackets)
    {
        // 100 000 nested parentheses: deep enough to overflow a recursive walk of the syntax tree,
        // after stray closing brackets that a naive depth count would subtract.
        var nested = new string(')', strayClosingBrackets) + "class A { int F() { return " + new string('(', 100_000) + "1" + new string(')', 100_000) + "; } }";
        var students = new[] { TestClass.Student("deep", [new LearnerSource("04-backprop", "Backpropagation.cs", nested)]), TestClass.Students()[0] };

        var result = Run(students);

        Assert.That(result.Katas.Single(k => k.Kata == "04-backprop").Compared + result.Katas.Single(k => k.Kata == "04-backprop").TooShort, Is.EqualTo(2));
    }
}
