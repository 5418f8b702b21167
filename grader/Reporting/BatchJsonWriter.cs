using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting;

/// <summary>
/// A batch's grades.json: the schema version and every submission, sorted by name, each in the
/// same shape as the single JSON report (grades.schema.json beside this file). Byte-stable like it.
/// </summary>
public sealed class BatchJsonWriter
{
    private readonly bool includeDurations;

    /// <summary>A writer that includes each test's duration_ms.</summary>
    public BatchJsonWriter()
        : this(includeDurations: true)
    {
    }

    /// <summary>A writer that includes durations or not; leave them out where output is compared byte for byte across runs.</summary>
    public BatchJsonWriter(bool includeDurations) => this.includeDurations = includeDurations;

    /// <summary>Writes every report in <paramref name="reports"/> to <paramref name="output"/>.</summary>
    public void Write(IReadOnlyList<GradeReport> reports, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schema_version", SubmissionJson.SchemaVersion);
            json.WriteStartArray("students");
            foreach (var report in StudentOrder.Sort(reports))
            {
                json.WriteStartObject();
                SubmissionJson.WriteProperties(json, report, includeDurations);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
}
