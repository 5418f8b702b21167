using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting;

/// <summary>
/// The grade as JSON for tools, in the versioned schema documented by grade-report.schema.json
/// beside this file. Byte-stable: fixed property order, invariant numbers (points to 4 decimals,
/// durations in whole milliseconds), nulls omitted, 2-space indentation, LF, a trailing newline.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    private readonly bool includeDurations;

    /// <summary>A writer that includes each test's duration_ms.</summary>
    public JsonReportWriter()
        : this(includeDurations: true)
    {
    }

    /// <summary>A writer that includes durations or not; leave them out where output is compared byte for byte across runs.</summary>
    public JsonReportWriter(bool includeDurations) => this.includeDurations = includeDurations;

    /// <inheritdoc/>
    public string Name => "json";

    /// <inheritdoc/>
    public void Write(GradeReport report, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schema_version", SubmissionJson.SchemaVersion);
            SubmissionJson.WriteProperties(json, report, includeDurations);
            json.WriteEndObject();
        });
}
