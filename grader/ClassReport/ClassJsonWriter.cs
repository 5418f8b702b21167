using System.Text.Json;
using NeuralKatas.Grader.Reporting.Internal;

namespace NeuralKatas.Grader.ClassReport;

/// <summary>
/// OUT/class.json: the numbers of report.html for other tools, in the shape of
/// grader/Reporting/class.schema.json (version <see cref="ClassSummary.SchemaVersion"/>),
/// byte-stable like grades.json. Students are referred to by their index in "students".
/// </summary>
public sealed class ClassJsonWriter
{
    /// <summary>Writes <paramref name="summary"/> to <paramref name="output"/>.</summary>
    public void Write(ClassSummary summary, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schema_version", ClassSummary.SchemaVersion);
            Array(json, "students", summary.Students, Student);
            Array(json, "katas", summary.Katas, Kata);
            Array(json, "mistakes", summary.Mistakes, Mistake);
            Similarity(json, summary.Similarity);
            json.WriteEndObject();
        });
    }

    private static void Student(Utf8JsonWriter json, StudentRow row)
    {
        json.WriteNumber("index", row.Index);
        json.WriteString("submission", row.Submission);
        json.WritePoints("score", row.Score);
        json.WritePoints("max_score", row.MaxScore);
        json.WriteOptional("error", row.Error);
        json.WriteStartArray("flags");
        row.Flags.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        Array(json, "katas", row.Katas, (writer, kata) =>
        {
            writer.WriteString("kata", kata.Kata);
            writer.WritePoints("score", kata.Score);
            writer.WritePoints("max_score", kata.MaxScore);
            writer.WriteString("status", kata.Status);
        });
    }

    private static void Kata(Utf8JsonWriter json, KataSummary kata)
    {
        json.WriteString("id", kata.Id);
        json.WriteString("title", kata.Title);
        json.WritePoints("max_score", kata.MaxScore);
        json.WriteNumber("graded", kata.Graded);
        json.WriteNumber("full_marks", kata.FullMarks);
        json.WritePoints("mean", kata.Mean);
        Numbers(json, "histogram", kata.Histogram);
        Array(json, "tests", kata.Tests, (writer, test) =>
        {
            writer.WriteString("name", test.Name);
            writer.WriteNumber("passed", test.Passed);
            writer.WriteNumber("graded", test.Graded);
        });
    }

    private static void Mistake(Utf8JsonWriter json, MistakeCount mistake)
    {
        json.WriteString("id", mistake.Id);
        json.WriteString("kata", mistake.Kata);
        Numbers(json, "students", mistake.Students);
    }

    private static void Similarity(Utf8JsonWriter json, SimilarityResult similarity)
    {
        var options = similarity.Options;
        json.WriteStartObject("similarity");
        json.WriteNumber("threshold", options.Threshold);
        json.WriteNumber("k", options.K);
        json.WriteNumber("window", options.Window);
        json.WriteNumber("common_fraction", options.CommonFraction);
        json.WriteNumber("common_floor", options.CommonFloor);
        json.WriteNumber("minimum_fingerprints", options.MinimumFingerprints);
        Array(json, "katas", similarity.Katas, (writer, kata) =>
        {
            writer.WriteString("kata", kata.Kata);
            writer.WriteNumber("compared", kata.Compared);
            writer.WriteNumber("too_short", kata.TooShort);
            writer.WriteNumber("stub_fingerprints", kata.StubFingerprints);
            writer.WriteNumber("common_fingerprints", kata.CommonFingerprints);
            writer.WriteNumber("pairs_with_shared_code", kata.PairsWithSharedCode);
        });
        Array(json, "pairs", similarity.Pairs, (writer, pair) =>
        {
            writer.WriteString("kata", pair.Kata);
            writer.WriteNumber("first", pair.First);
            writer.WriteNumber("second", pair.Second);
            writer.WriteNumber("score", pair.Score);
            writer.WriteNumber("shared", pair.Shared);
            Array(writer, "passages", pair.Passages, (inner, passage) =>
            {
                inner.WriteString("first_file", passage.FirstFile);
                inner.WriteNumber("first_start", passage.FirstStart);
                inner.WriteNumber("first_end", passage.FirstEnd);
                inner.WriteString("second_file", passage.SecondFile);
                inner.WriteNumber("second_start", passage.SecondStart);
                inner.WriteNumber("second_end", passage.SecondEnd);
            });
        });
        json.WriteEndObject();
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter json, string name, IEnumerable<int> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }
}
