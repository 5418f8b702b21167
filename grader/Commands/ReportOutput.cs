using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Commands;

/// <summary>Writes a report to a file (creating its folder) or to standard output.</summary>
public static class ReportOutput
{
    /// <summary>Writes <paramref name="report"/> with <paramref name="writer"/> to <paramref name="file"/>, or to stdout when it is null.</summary>
    public static void Write(IReportWriter writer, GradeReport report, string? file)
    {
        if (file is null)
        {
            writer.Write(report, Console.Out);
            Console.Out.Flush();
            return;
        }

        var full = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var output = new StreamWriter(full, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.Write(report, output);
    }
}
