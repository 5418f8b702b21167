using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Classroom;

/// <summary>
/// Every runner's result for <c>classroom-resources/autograding-grading-reporter@v1</c>, from one
/// grade of every kata. A result is base64 (UTF-8) of one line of JSON,
/// <c>{version: 1, status, max_score, tests: [{name, status, score, message, line_no, duration}]}</c>.
/// <para>
/// Shaped by the reporter's source (src/ at tag v1): it prints a runner's points as passed ÷ tests ×
/// max_score, sends the running sum of every test's <c>score</c> over the runners whose max_score is not
/// 0, prints the message of "error" tests only, and prints "line undefined" without <c>line_no</c>.
/// So a test passes here only when it earns points (a kata that was stopped earns none), a kata that
/// could not run is one "error" test saying why (0 tests would print NaN), and the scores are chosen
/// by <see cref="RunningTotal"/> so the sum sent is the grader's total to the last digit.
/// </para>
/// <para>
/// Every result fits comfortably in an environment variable (Linux takes 128 KiB per variable): messages
/// are cut, and cut again, until the encoded result is at most <see cref="MaxEncodedLength"/> characters.
/// </para>
/// </summary>
public static class ClassroomResults
{
    /// <summary>The most characters one encoded result may have.</summary>
    public const int MaxEncodedLength = 32 * 1024;

    private const string Pass = "pass";
    private const string Fail = "fail";
    private const string Error = "error";
    private const int MessageCap = 2000;
    private const int NameCap = 200;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The result of every runner of <paramref name="manifest"/>'s course, in workflow order, encoded.</summary>
    public static IReadOnlyList<(ClassroomRunner Runner, string Value)> Encode(GradeReport report, Manifest manifest)
    {
        var total = new RunningTotal();
        var results = new List<(ClassroomRunner, string)>();
        foreach (var runner in ClassroomRunner.For(manifest))
        {
            var entries = runner.KataId is { } id
                ? KataEntries(report, manifest.Find(id), report.Katas.FirstOrDefault(kata => kata.Id == id), prefixed: false)
                : IntegrityEntries(report.ChangedFiles);
            var maxScore = runner.KataId is { } kata ? manifest.Find(kata).Points : 0;
            var before = total.Sum;
            var scored = Scored(entries, total);
            results.Add((runner, Encode(scored, maxScore, before, total.Sum)));
        }

        return results;
    }

    /// <summary>The whole report as one runner's result: what <c>grade --format classroom</c> writes.</summary>
    public static string EncodeOne(GradeReport report)
    {
        var total = new RunningTotal();
        var entries = report.Error is not null
            ? [new Entry(report.Submission, Error, Advice.CouldNotGrade(report.Error), 0, null)]
            : report.Katas.SelectMany(kata => KataEntries(report, null, kata, prefixed: report.Katas.Count > 1)).ToList();
        return Encode(Scored(entries, total), report.MaxScore, 0, total.Sum);
    }

    private static List<Entry> KataEntries(GradeReport report, KataDefinition? definition, KataGrade? kata, bool prefixed)
    {
        if (kata is null)
        {
            var reason = report.Error is not null ? Advice.CouldNotGrade(report.Error) : "This kata was not graded.";
            return [new Entry($"{definition!.Id}: {definition.Title}", Error, reason, 0, null)];
        }

        if (KataProblems.CouldNotRun(kata))
        {
            return [new Entry($"{kata.Id}: {kata.Title}", Error, KataProblems.Describe(kata), 0, kata)];
        }

        var prefix = prefixed ? $"{kata.Id}: " : string.Empty;
        var earns = kata.Status is KataStatus.Passed or KataStatus.Failed;
        var entries = new List<Entry>();
        if (!earns)
        {
            // Stopped after some tests: none of them earns, and the "error" line says why.
            entries.Add(new Entry($"{kata.Id}: {kata.Title}", Error, KataProblems.Describe(kata), 0, kata));
        }

        entries.AddRange(kata.Tests.Select(test => new Entry(
            prefix + test.Name,
            earns && test.Status == TestStatus.Passed ? Pass : Fail,
            test.Message,
            Numbers.Milliseconds(test.Duration),
            kata)));
        return entries;
    }

    private static List<Entry> IntegrityEntries(IReadOnlyList<string> changed) =>
        changed.Count == 0
            ? [new Entry("Protected files unchanged", Pass, string.Empty, 0, null)]
            : [new Entry($"Protected files changed: {string.Join(", ", changed)}", Fail,
                "These files must stay as the course ships them; your instructor sees this list when grading.", 0, null)];

    private static List<(Entry Entry, double Score)> Scored(List<Entry> entries, RunningTotal total)
    {
        var scored = new List<(Entry, double)>(entries.Count);
        foreach (var group in entries.GroupBy(entry => entry.Kata))
        {
            var list = group.ToList();
            var scores = group.Key is null
                ? [.. list.Select(_ => 0.0)]
                : total.Scores(group.Key, [.. list.Select(entry => entry.Status == Pass)]);
            scored.AddRange(list.Zip(scores));
        }

        return scored;
    }

    // before and after: the reporter's running sum at the start and at the end of this runner.
    private static string Encode(List<(Entry Entry, double Score)> tests, double maxScore, double before, double after)
    {
        foreach (var (messageCap, nameCap) in new[] { (MessageCap, NameCap), (400, NameCap), (0, NameCap), (0, 60) })
        {
            var encoded = Convert.ToBase64String(Json(tests, maxScore, messageCap, nameCap));
            if (encoded.Length <= MaxEncodedLength)
            {
                return encoded;
            }
        }

        // More tests than fit even without messages: one entry tells the counts, and keeps the points.
        var passed = tests.Count(test => test.Entry.Status == Pass);
        var summary = new Entry($"{passed} of {tests.Count} tests passed (too many to list here)", passed == tests.Count ? Pass : Fail, string.Empty, 0, null);
        return Convert.ToBase64String(Json([(summary, ExactSum.Step(before, after))], maxScore, 0, NameCap));
    }

    private static byte[] Json(List<(Entry Entry, double Score)> tests, double maxScore, int messageCap, int nameCap)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("status", Status(tests.Select(test => test.Entry.Status)));
            json.WriteNumber("max_score", maxScore);
            json.WriteStartArray("tests");
            foreach (var (entry, score) in tests)
            {
                json.WriteStartObject();
                json.WriteString("name", Cut(Printable.Clean(entry.Name), nameCap));
                json.WriteString("status", entry.Status);
                json.WriteNumber("score", score);
                json.WriteString("message", Cut(Printable.Clean(entry.Message), messageCap));
                json.WriteNumber("line_no", 0);
                json.WriteNumber("duration", entry.Milliseconds);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // The reporter fails its step on "fail" or "error": the run stays red until every test passes.
    private static string Status(IEnumerable<string> statuses)
    {
        var all = statuses.ToList();
        return all.Contains(Error) ? Error : all.Contains(Fail) ? Fail : Pass;
    }

    private static string Cut(string text, int cap) =>
        text.Length <= cap ? text : cap == 0 ? string.Empty : string.Concat(text.AsSpan(0, cap), "… (cut)");

    private sealed record Entry(string Name, string Status, string Message, long Milliseconds, KataGrade? Kata);
}
