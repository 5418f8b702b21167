using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Cache;
using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Tests.Learner;

namespace NeuralKatas.Tests.Cache;

/// <summary>
/// The learner's cache of kata grades: a hit gives exactly what grading gives, any change to a
/// learner file is graded afresh, a grade the machine could have changed (a timeout) is not kept,
/// damage is a miss, the folder stays bounded, and grading someone else's code never reads or
/// writes it.
/// </summary>
[TestFixture]
public sealed class GradeCacheTests
{
    [Test]
    public void An_entry_reads_back_and_a_damaged_or_missing_one_is_a_miss()
    {
        var cache = new GradeCache(Directory.CreateTempSubdirectory("neuralkatas-cache-").FullName);
        var key = GradeCache.Key("test", "a", "b");
        cache.Write(key, new[] { 1, 2, 3 });

        Assert.That(cache.Read<int[]>(key), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(cache.Read<int[]>(GradeCache.Key("test", "a", "c")), Is.Null);

        File.WriteAllText(Path.Combine(cache.Folder, key + ".json"), "[1, 2,");
        Assert.That(cache.Read<int[]>(key), Is.Null);
        Directory.Delete(cache.Folder, recursive: true);
    }

    [Test]
    public void A_key_depends_on_every_part_and_on_where_one_part_ends()
    {
        var keys = new[]
        {
            GradeCache.Key("compiled", "ab", "c"),
            GradeCache.Key("compiled", "a", "bc"),
            GradeCache.Key("compiled", "ab", "d"),
            GradeCache.Key("results", "ab", "c"),
        };

        Assert.That(keys.Distinct().Count(), Is.EqualTo(keys.Length));
        Assert.That(GradeCache.Key("compiled", "ab", "c"), Is.EqualTo(keys[0]), "the same parts give the same key");
    }

    [Test]
    public void The_folder_keeps_the_newest_entries_within_its_limit()
    {
        var cache = new GradeCache(Directory.CreateTempSubdirectory("neuralkatas-cache-").FullName, maxBytes: 10_000);
        var keys = Enumerable.Range(0, 30).Select(i => GradeCache.Key("test", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        foreach (var key in keys)
        {
            cache.Write(key, new string('x', 1_000));
        }

        var held = new DirectoryInfo(cache.Folder).GetFiles().Sum(file => file.Length);
        Assert.That(held, Is.LessThanOrEqualTo(10_000));
        Assert.That(cache.Read<string>(keys[^1]), Is.Not.Null, "the newest entry is kept");
        Assert.That(cache.Read<string>(keys[0]), Is.Null, "the oldest entry went");
        Directory.Delete(cache.Folder, recursive: true);
    }

    [Test]
    public void A_grade_from_the_cache_equals_a_fresh_one_and_a_changed_file_is_graded_again()
    {
        using var fixture = FixtureCourse.Create();
        var cache = new GradeCache(Path.Combine(fixture.Home, "cache"));
        var kata = fixture.Course.Manifest.Find("01-sigmoid");
        KataGrade Grade(GradeCache? with) => new LearnerSession(fixture.Course, GradeOptions.Default with { Cache = with }).Grade(kata);

        var fresh = Grade(null);
        var first = Grade(cache);
        var entries = Directory.GetFiles(cache.Folder).Length;
        var again = Grade(cache);

        Assert.That(entries, Is.EqualTo(1), "one grade for the one kata");
        Assert.That(Directory.GetFiles(cache.Folder), Has.Length.EqualTo(entries), "the second grade only read");
        foreach (var grade in new[] { first, again })
        {
            Assert.That(grade.Status, Is.EqualTo(fresh.Status));
            Assert.That(grade.Score, Is.EqualTo(fresh.Score));
            Assert.That(grade.Tests.Select(t => (t.Name, t.Status, t.Message)), Is.EqualTo(fresh.Tests.Select(t => (t.Name, t.Status, t.Message))));
        }

        fixture.Solve("01-sigmoid");
        var solved = Grade(cache);
        Assert.That(fresh.Status, Is.Not.EqualTo(KataStatus.Passed));
        Assert.That(solved.Status, Is.EqualTo(KataStatus.Passed), "the solved file is graded, not the stub's stored result");
    }

    [Test]
    public void A_kata_that_timed_out_is_not_kept_and_a_compile_error_is()
    {
        using var fixture = FixtureCourse.Create();
        var cache = new GradeCache(Path.Combine(fixture.Home, "cache"));
        var kata = fixture.Course.Manifest.Find("01-sigmoid");
        var options = GradeOptions.Default with { Cache = cache, Limits = WorkerLimits.Default with { TimePerKata = TimeSpan.FromSeconds(1) } };
        var stub = File.ReadAllText(fixture.LearnerFile("01-sigmoid"));

        File.WriteAllText(fixture.LearnerFile("01-sigmoid"), stub.Replace("public static double Sigmoid(double z)\n    {", "public static double Sigmoid(double z)\n    {\n        while (z == z) { }", StringComparison.Ordinal));
        var endless = new LearnerSession(fixture.Course, options).Grade(kata);
        var keptAfterTimeout = Directory.Exists(cache.Folder) ? Directory.GetFiles(cache.Folder).Length : 0;
        File.WriteAllText(fixture.LearnerFile("01-sigmoid"), stub + "\nthis is not C#\n");
        var broken = new LearnerSession(fixture.Course, options).Grade(kata);

        Assert.That(endless.Status, Is.EqualTo(KataStatus.TimedOut));
        Assert.That(keptAfterTimeout, Is.Zero, "a timeout depends on the machine's load, so it is graded again");
        Assert.That(broken.Status, Is.EqualTo(KataStatus.CompileError));
        Assert.That(Directory.GetFiles(cache.Folder), Has.Length.EqualTo(1), "a compile error is the learner's and stays until the file changes");
    }

    [Test]
    public void Grading_someone_elses_code_keeps_nothing_and_the_learners_own_grade_keeps_it()
    {
        using var fixture = FixtureCourse.Create();
        var home = new Dictionary<string, string> { ["NEURALKATAS_HOME"] = fixture.Home };
        var cacheFolder = Path.Combine(fixture.Home, "cache");

        var others = EndToEnd.GraderProcess.RunWith(fixture.Root, home, null, "grade", "solutions", "--kata", "01-sigmoid", "--no-sandbox");
        Assert.That(others.ExitCode, Is.Zero, others.ToString());
        Assert.That(Directory.Exists(cacheFolder), Is.False, "grade PATH wrote the learner's cache");

        var own = EndToEnd.GraderProcess.RunWith(fixture.Root, home, null, "grade", "--kata", "01-sigmoid");
        var again = EndToEnd.GraderProcess.RunWith(fixture.Root, home, null, "grade", "--kata", "01-sigmoid");
        Assert.That(own.ExitCode, Is.EqualTo(1), own.ToString());
        Assert.That(Directory.GetFiles(cacheFolder), Is.Not.Empty);
        Assert.That(again.Output, Is.EqualTo(own.Output), "the answer from the cache is the answer");
    }
}
