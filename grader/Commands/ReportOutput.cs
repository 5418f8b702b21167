using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
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

    /// <summary>
    /// Prepares <paramref name="writer"/> in the background by writing a made-up report nobody sees:
    /// a fresh process spends a tenth of a second on its first report (loading and compiling the
    /// writer's code), which is better spent while the grade server grades.
    /// </summary>
    public static void WarmUp(IReportWriter writer, Manifest manifest)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(manifest);
        var katas = manifest.Katas.Select(kata => new KataGrade(
            kata.Id, kata.Title, KataStatus.Failed, 0, kata.Points,
            [new TestGrade("Passes", TestStatus.Passed, "", 1, 1, TimeSpan.Zero), new TestGrade("Fails", TestStatus.Failed, "is 1; expected 2", 0, 1, TimeSpan.Zero)],
            [new CompileDiagnostic($"{kata.Id}/warm-up.cs", 1, 1, "CS0000", "warm-up")],
            null,
            null));
        var report = new GradeReport("warm-up", [.. katas], null);
        ThreadPool.QueueUserWorkItem(_ =>
        {
            try
            {
                writer.Write(report, TextWriter.Null);
            }
#pragma warning disable CA1031 // Only a head start: the real report is written, and fails, on its own.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        });
    }
}
