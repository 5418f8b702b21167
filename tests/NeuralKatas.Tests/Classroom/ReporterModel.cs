using System.Text;
using System.Text.Json;

namespace NeuralKatas.Tests.Classroom;

/// <summary>
/// What classroom-resources/autograding-grading-reporter@v1 does with the runners' results, followed
/// line by line from its source at that tag (src/main.js, console-results.js, aggregate-results.js,
/// notify-classroom.js, helpers/test-helpers.js; dist/main.js bundles the same), written here in our
/// own words. Every number is a double, as in JavaScript, and is added in the reporter's order.
/// </summary>
public sealed class ReporterModel
{
    private ReporterModel(IReadOnlyList<Runner> runners)
    {
        Runners = runners;
        Log = ConsoleLines();
        (Sent, Notices) = Notify();
        Failure = runners.Any(runner => Status(runner) == "fail") ? "Some tests failed."
            : runners.Any(runner => Status(runner) == "error") ? "Some tests errored."
            : null;
    }

    /// <summary>One runner as the reporter sees it.</summary>
    /// <param name="Name">The name as given in the runners input (untrimmed, as the log prints it).</param>
    /// <param name="Result">The decoded result object.</param>
    public sealed record Runner(string Name, JsonElement Result)
    {
        /// <summary>getMaxScoreForTest: max_score, or 0 when it is missing or 0.</summary>
        public double MaxScore => Result.TryGetProperty("max_score", out var max) && max.ValueKind == JsonValueKind.Number ? max.GetDouble() : 0;

        /// <summary>The tests array.</summary>
        public IReadOnlyList<JsonElement> Tests => [.. Result.GetProperty("tests").EnumerateArray()];

        /// <summary>How many tests have status "pass".</summary>
        public int Passed => Tests.Count(test => test.GetProperty("status").GetString() == "pass");

        /// <summary>getTestScore: (passed / tests) × max_score, the runner's points in the log and the table (NaN for 0 tests).</summary>
        public double PrintedPoints => (double)Passed / Tests.Count * MaxScore;
    }

    /// <summary>Every runner, in the order of the runners input.</summary>
    public IReadOnlyList<Runner> Runners { get; }

    /// <summary>The lines the reporter logs, colour codes left out: per runner, then the table's rows as cells, then the grand total.</summary>
    public IReadOnlyList<string> Log { get; }

    /// <summary>What NotifyClassroom sends (totalPoints, maxPoints), or null when it sends nothing (no runner has a max_score).</summary>
    public (double TotalPoints, double MaxPoints)? Sent { get; }

    /// <summary>The two notices it writes: "Points X/Y" (titled "Autograding complete") and the JSON summary ("Autograding report").</summary>
    public IReadOnlyList<string> Notices { get; }

    /// <summary>setFailed's message, or null when the step passes.</summary>
    public string? Failure { get; }

    /// <summary>main.js: for each name of the runners input, <c>process.env[NAME.trim().toUpperCase() + "_RESULTS"]</c>, base64-decoded, parsed.</summary>
    public static ReporterModel Read(string runners, IReadOnlyDictionary<string, string> environment)
    {
        var list = new List<Runner>();
        foreach (var name in runners.Split(','))
        {
            var variable = name.Trim().ToUpperInvariant() + "_RESULTS";
            Assert.That(environment.TryGetValue(variable, out var encoded) && !string.IsNullOrEmpty(encoded), Is.True,
                $"{variable} is not set: Buffer.from(undefined) throws and the reporter sends nothing at all.");
            list.Add(Decode(name, encoded!));
        }

        Assert.That(runners, Does.Match("^([a-zA-Z0-9]+,)*[a-zA-Z0-9]+$"), "The runners input the reporter accepts.");
        return new ReporterModel(list);
    }

    /// <summary>Decodes one runner's value and checks it has every field the reporter reads, of the type it needs.</summary>
    public static Runner Decode(string name, string encoded)
    {
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        var result = JsonDocument.Parse(json).RootElement.Clone();
        var tests = result.GetProperty("tests").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("version").GetInt32(), Is.EqualTo(1));
            Assert.That(result.GetProperty("status").GetString(), Is.AnyOf("pass", "fail", "error"));
            Assert.That(result.GetProperty("max_score").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(tests, Is.Not.Empty, "0 tests would make the reporter print 0/0 × max_score: NaN.");
            foreach (var test in tests)
            {
                Assert.That(test.GetProperty("name").GetString(), Is.Not.Empty);
                Assert.That(test.GetProperty("status").GetString(), Is.AnyOf("pass", "fail", "error"));
                Assert.That(test.GetProperty("score").ValueKind, Is.EqualTo(JsonValueKind.Number), "A missing score makes the sum NaN.");
                Assert.That(test.GetProperty("score").GetDouble(), Is.GreaterThanOrEqualTo(0));
                Assert.That(test.GetProperty("message").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(test.GetProperty("line_no").ValueKind, Is.EqualTo(JsonValueKind.Number), "Without line_no the reporter prints \"line undefined\".");
            }
        });

        return new Runner(name, result);
    }

    private static string Status(Runner runner) => runner.Result.GetProperty("status").GetString()!;

    // ConsoleResults, then AggregateResults' table (its cells; cli-table3 draws them in columns of 20, 13 and 13).
    private List<string> ConsoleLines()
    {
        var lines = new List<string>();
        var passedTotal = 0;
        var testsTotal = 0;
        foreach (var runner in Runners)
        {
            lines.Add($"🔄 Processing: {runner.Name}");
            foreach (var test in runner.Tests)
            {
                var status = test.GetProperty("status").GetString();
                var testName = test.GetProperty("name").GetString();
                var line = test.GetProperty("line_no").GetDouble();
                var where = line != 0 ? $" - line {JsNumber.ToString(line)}" : string.Empty;
                var message = test.GetProperty("message").GetString();
                lines.Add(status == "pass" ? $"✅ {testName}{where}"
                    : status == "error" ? $"Error: {(string.IsNullOrEmpty(message) ? $"Failed to run test '{testName}'" : message)}"
                    : $"❌ {testName}{where}");
            }

            passedTotal += runner.Passed;
            testsTotal += runner.Tests.Count;
            if (runner.MaxScore != 0)
            {
                lines.Add($"Total points for {runner.Name}: {JsNumber.ToFixed(runner.PrintedPoints, 2)}/{JsNumber.ToString(runner.MaxScore)}");
            }
        }

        var scores = 0.0;
        var maxScores = 0.0;
        foreach (var runner in Runners)
        {
            lines.Add($"| {runner.Name.Trim()} | {JsNumber.ToString(runner.PrintedPoints)} | {JsNumber.ToString(runner.MaxScore)} |");
            scores += runner.PrintedPoints;
            maxScores += runner.MaxScore;
        }

        lines.Add($"| Total:  | {JsNumber.ToString(scores)} | {JsNumber.ToString(maxScores)} |");
        lines.Add($"🏆 Grand total tests passed: {passedTotal}/{testsTotal}");
        return lines;
    }

    // NotifyClassroom: one running sum over every test of every runner whose max_score is truthy.
    private ((double, double)?, IReadOnlyList<string>) Notify()
    {
        var totalPoints = 0.0;
        var maxPoints = 0.0;
        foreach (var runner in Runners.Where(runner => runner.MaxScore != 0))
        {
            maxPoints += runner.MaxScore;
            foreach (var test in runner.Tests)
            {
                totalPoints += test.GetProperty("score").GetDouble();
            }
        }

        if (maxPoints == 0)
        {
            return (null, []);
        }

        var total = JsNumber.ToString(totalPoints);
        var max = JsNumber.ToString(maxPoints);
        return ((totalPoints, maxPoints), [$"Points {total}/{max}", $"{{\"totalPoints\":{total},\"maxPoints\":{max}}}"]);
    }
}
