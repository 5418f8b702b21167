using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.Reporting;

/// <summary>What the writers write, captured as strings.</summary>
public static class Rendered
{
    /// <summary>What <paramref name="write"/> writes.</summary>
    public static string Text(Action<TextWriter> write)
    {
        using var output = new StringWriter();
        write(output);
        return output.ToString();
    }

    /// <summary>What <paramref name="writer"/> writes for <paramref name="report"/>.</summary>
    public static string Text(IReportWriter writer, GradeReport report) => Text(output => writer.Write(report, output));
}
