using System.Text;
using System.Text.Json;

namespace NeuralKatas.Tests.Classroom;

/// <summary>
/// What classroom-resources/autograding-grading-reporter does with the runners' results, modelled
/// from its published source (src/main.js, console-results.js, notify-classroom.js and
/// helpers/test-helpers.js): each runner's value comes from the environment variable
/// <c>&lt;RUNNER IN CAPITALS&gt;_RESULTS</c>, is base64-decoded and parsed as JSON; the log prints a
/// runner's points as passed ÷ total × max_score; Classroom is sent the sum of the tests' score
/// fields and of max_score, over runners whose max_score is not 0, and nothing at all when that
/// sum of max_score is 0. Written independently here so the tests can check our output against it.
/// </summary>
public sealed class ReporterModel
{
    private ReporterModel(IReadOnlyList<Runner> runners)
    {
        Runners = runners;
    }

    /// <summary>One runner as the reporter sees it.</summary>
    /// <param name="Id">The step id.</param>
    /// <param name="Result">The decoded result object.</param>
    /// <param name="PrintedPoints">The points the log prints: passed ÷ total × max_score.</param>
    public sealed record Runner(string Id, JsonElement Result, double PrintedPoints)
    {
        /// <summary>The sum of the tests' score fields: what reaches Classroom for this runner.</summary>
        public double SentPoints
        {
            get
            {
                // One by one, in order, as the reporter's reduce does (no pairwise or vectorised sum).
                var sum = 0.0;
                foreach (var test in Result.GetProperty("tests").EnumerateArray())
                {
                    sum += test.GetProperty("score").GetDouble();
                }

                return sum;
            }
        }

        /// <summary>The runner's max_score.</summary>
        public double MaxScore => Result.GetProperty("max_score").GetDouble();
    }

    /// <summary>Every runner, in the order of the runners input.</summary>
    public IReadOnlyList<Runner> Runners { get; }

    /// <summary>The points Classroom receives, or null when the reporter would send nothing (every max_score 0).</summary>
    public (double Points, double MaxPoints)? SentToClassroom
    {
        get
        {
            var counted = Runners.Where(runner => runner.MaxScore != 0).ToList();
            var max = counted.Sum(runner => runner.MaxScore);
            return max == 0 ? null : (counted.Sum(runner => runner.SentPoints), max);
        }
    }

    /// <summary>Reads the runners named in <paramref name="runners"/> (comma-separated) from <paramref name="environment"/>.</summary>
    public static ReporterModel Read(string runners, IReadOnlyDictionary<string, string> environment)
    {
        var list = new List<Runner>();
        foreach (var id in runners.Split(',').Select(id => id.Trim()))
        {
            Assert.That(id, Does.Match("^[a-zA-Z0-9]+$"), "The reporter accepts runner ids of letters and digits only.");
            var variable = id.ToUpperInvariant() + "_RESULTS";
            Assert.That(environment.TryGetValue(variable, out var encoded) && !string.IsNullOrWhiteSpace(encoded), Is.True, $"{variable} is not set.");
            list.Add(Decode(id, encoded!));
        }

        return new ReporterModel(list);
    }

    /// <summary>Decodes one runner's value and checks it has every field the reporter reads.</summary>
    public static Runner Decode(string id, string encoded)
    {
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(encoded.Trim()));
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
                Assert.That(test.GetProperty("score").ValueKind, Is.EqualTo(JsonValueKind.Number));
                Assert.That(test.GetProperty("message").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(test.GetProperty("line_no").ValueKind, Is.EqualTo(JsonValueKind.Number), "Without line_no the reporter prints \"line undefined\".");
            }
        });

        var passed = tests.Count(test => test.GetProperty("status").GetString() == "pass");
        return new Runner(id, result, (double)passed / tests.Count * result.GetProperty("max_score").GetDouble());
    }
}
