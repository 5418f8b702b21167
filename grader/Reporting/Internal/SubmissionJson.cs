using System.Text.Json;
using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting.Internal;

/// <summary>
/// One submission's grade as JSON, shared by the single report and the batch's grades.json so the
/// two can never drift apart. Property names and order are the schema's (grade-report.schema.json):
/// change one and the schema, its version and the golden files change with it.
/// </summary>
internal static class SubmissionJson
{
    /// <summary>The current schema version, written as schema_version.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes the submission's properties into the object the caller has opened.</summary>
    public static void WriteProperties(Utf8JsonWriter json, GradeReport report, bool includeDurations)
    {
        json.WriteString("submission", report.Submission);
        json.WritePoints("score", report.Score);
        json.WritePoints("max_score", report.MaxScore);
        json.WriteString("sandbox", report.Sandbox);
        json.WriteOptional("error", report.Error);
        json.WriteStartArray("katas");
        foreach (var kata in report.Katas)
        {
            WriteKata(json, kata, includeDurations);
        }

        json.WriteEndArray();
    }

    private static void WriteKata(Utf8JsonWriter json, KataGrade kata, bool includeDurations)
    {
        json.WriteStartObject();
        json.WriteString("id", kata.Id);
        json.WriteString("title", kata.Title);
        json.WriteString("status", StatusText.Code(kata.Status));
        json.WritePoints("score", kata.Score);
        json.WritePoints("max_score", kata.MaxScore);
        json.WriteOptional("error", kata.Error);
        json.WriteOptional("isolation", kata.Isolation);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in kata.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();

        // Source order, as the runner delivers them: the order a learner reads the test file in.
        json.WriteStartArray("tests");
        foreach (var test in kata.Tests)
        {
            WriteTest(json, test, includeDurations);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, CompileDiagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("file", diagnostic.File);
        json.WriteNumber("line", diagnostic.Line);
        json.WriteNumber("column", diagnostic.Column);
        json.WriteString("id", diagnostic.Id);
        json.WriteString("message", diagnostic.Message);
        json.WriteEndObject();
    }

    private static void WriteTest(Utf8JsonWriter json, TestGrade test, bool includeDurations)
    {
        json.WriteStartObject();
        json.WriteString("name", test.Name);
        json.WriteString("status", StatusText.Code(test.Status));
        json.WriteOptional("message", test.Message);
        json.WriteOptional("mistake", test.Mistake);
        json.WriteOptional("location", test.Location);
        json.WritePoints("points", test.Points);
        json.WritePoints("max_points", test.MaxPoints);
        if (includeDurations)
        {
            json.WriteNumber("duration_ms", Numbers.Milliseconds(test.Duration));
        }

        json.WriteEndObject();
    }
}
