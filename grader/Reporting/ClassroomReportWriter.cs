using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting;

/// <summary>
/// The grade as one GitHub Classroom runner result: the value a workflow step sets as its output
/// named <c>result</c>, which <c>classroom-resources/autograding-grading-reporter</c> reads from the
/// environment variable <c>&lt;STEP ID&gt;_RESULTS</c>. It is base64 (UTF-8) of the JSON
/// <c>{version: 1, status, max_score, tests: [{name, status, score, message, line_no, duration}]}</c>,
/// written on one line; the workflow appends <c>result=&lt;that line&gt;</c> to <c>$GITHUB_OUTPUT</c>.
/// <para>
/// Shaped by what that reporter does (its src/ at the commit we read): it prints a runner's points as
/// passed ÷ total × <c>max_score</c>, but sends Classroom the sum of the tests' <c>score</c> fields, and
/// only for runners whose <c>max_score</c> is not 0. So every test of a runner gets the same share of
/// <c>max_score</c> (both figures then agree: 7 of 10 tests is 7/10 of the points), a kata that could not
/// run is one failing test rather than none (0 of 0 would print NaN), and <c>line_no</c> is always
/// present: 0, which the reporter takes as "no line" (a missing one prints "line undefined").
/// See <see cref="Scores"/> for how the shares are made to add up to the printed figure exactly.
/// Grade one kata per runner (<c>grade --kata ID</c>): with several katas the shares are equal across
/// all their tests, which keeps the two figures in agreement but no longer follows each kata's points.
/// </para>
/// </summary>
public sealed class ClassroomReportWriter : IReportWriter
{
    private const string Pass = "pass";
    private const string Fail = "fail";
    private const string Error = "error";

    // One line, no indentation: the value travels through $GITHUB_OUTPUT and an environment variable.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc/>
    public string Name => "classroom";

    /// <inheritdoc/>
    public void Write(GradeReport report, TextWriter output)
    {
        output.Write(Convert.ToBase64String(Json(report)));
        output.Write('\n');
    }

    /// <summary>The result object as UTF-8 JSON, before base64: what the reporter decodes.</summary>
    public static byte[] Json(GradeReport report)
    {
        var tests = Tests(report);
        var maxScore = report.MaxScore;
        var scores = Scores(tests, maxScore);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("status", Status(report));
            json.WriteNumber("max_score", maxScore);
            json.WriteStartArray("tests");
            foreach (var (test, score) in tests.Zip(scores))
            {
                json.WriteStartObject();
                json.WriteString("name", Printable.Clean(test.Name));
                json.WriteString("status", test.Status);
                json.WriteNumber("score", score);
                json.WriteString("message", Printable.Clean(test.Message));
                json.WriteNumber("line_no", 0);
                json.WriteNumber("duration", test.Milliseconds);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // Each passing test earns max_score / n, except that the last one takes up the rounding: the
    // reporter adds the scores one by one in double precision and prints (passed / n) × max_score, and
    // with plain equal shares the two can differ in the last bit and then print differently (3 × 7/24
    // adds up to 0.87499…, while 3/24 × 7 is 0.875). The last share differs from the others by a few
    // units in the last place; the sum is then exactly the printed figure (the final subtraction is
    // exact, since the running sum is at least half of it: Sterbenz's lemma).
    private static List<double> Scores(IReadOnlyList<ResultTest> tests, double maxScore)
    {
        var passed = tests.Count(test => test.Status == Pass);
        var target = tests.Count == 0 ? 0 : (double)passed / tests.Count * maxScore;
        var share = tests.Count == 0 ? 0 : maxScore / tests.Count;
        var scores = new List<double>(tests.Count);
        var sum = 0.0;
        var seen = 0;
        foreach (var test in tests)
        {
            var score = test.Status != Pass ? 0 : ++seen == passed ? target - sum : share;
            scores.Add(score);
            sum += score;
        }

        return scores;
    }

    private static List<ResultTest> Tests(GradeReport report)
    {
        if (report.Error is not null)
        {
            return [new ResultTest(report.Submission, Error, Advice.CouldNotGrade(report.Error), 0)];
        }

        var tests = new List<ResultTest>();
        foreach (var kata in report.Katas)
        {
            if (KataProblems.CouldNotRun(kata))
            {
                // "error" is the one status whose message the reporter prints: here it says why nothing ran.
                tests.Add(new ResultTest($"{kata.Id}: {kata.Title}", Error, KataProblems.Describe(kata), 0));
                continue;
            }

            var prefix = report.Katas.Count > 1 ? $"{kata.Id}: " : string.Empty;
            tests.AddRange(kata.Tests.Select(test => new ResultTest(
                prefix + test.Name,
                test.Status == TestStatus.Passed ? Pass : Fail,
                test.Message,
                Numbers.Milliseconds(test.Duration))));
        }

        return tests;
    }

    // A failing runner makes the reporter's step fail ("Some tests failed"), as Classroom's own graders do;
    // "error" when a kata could not run at all, so the log says which kind of trouble it was.
    private static string Status(GradeReport report) =>
        report.Error is not null || report.Katas.Any(KataProblems.CouldNotRun) ? Error
        : report.FullMarks ? Pass
        : Fail;

    private sealed record ResultTest(string Name, string Status, string Message, long Milliseconds);
}
