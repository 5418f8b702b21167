using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting;

/// <summary>Writes one submission's grade in one output format; <see cref="ReportWriters"/> finds one by name.</summary>
public interface IReportWriter
{
    /// <summary>The format's name on the command line, for example console or json.</summary>
    string Name { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    void Write(GradeReport report, TextWriter output);
}
