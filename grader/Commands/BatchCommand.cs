using System.CommandLine;
using System.Text;
using NeuralKatas.Grader.Batch;
using NeuralKatas.Grader.ClassReport;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Commands;

/// <summary>`batch DIR --out OUT`: grade a class; write grades.csv, grades.json, one feedback file per student and the class report.</summary>
public static class BatchCommand
{
    /// <summary>The `batch` verb.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("submissions") { Description = "A folder of submissions: one sub-folder or .zip file per student." };
        var output = new Option<string>("--out") { Description = "The folder to write grades.csv, grades.json, feedback/, report.html and class.json into.", Required = true };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Submissions graded at once. Default: the number of cores.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var threshold = new Option<double>("--similarity-threshold")
        {
            Description = "List pairs of submissions whose own code of a kata is at least this alike (0 to 1) in report.html. Default: 0.6.",
            DefaultValueFactory = _ => SimilarityOptions.Default.Threshold,
        };
        var options = new GradeCommandOptions();
        var batch = new Command("batch", "Grade every submission in a folder, in parallel, into a gradebook and per-student feedback.") { folder };
        batch.Options.Add(output);
        batch.Options.Add(parallel);
        batch.Options.Add(threshold);
        batch.Options.Add(options.Kata);
        batch.Options.Add(options.Tests);
        batch.Options.Add(options.TimeLimit);
        batch.Options.Add(options.Language);
        batch.SetAction(parsed =>
        {
            var course = CourseLayout.Locate();
            var gradeOptions = options.Read(parsed, course);
            var submissionsFolder = parsed.GetValue(folder)!;
            if (gradeOptions is null)
            {
                return ExitCodes.UsageError;
            }

            if (parsed.GetValue(threshold) is < 0 or > 1)
            {
                Console.Error.WriteLine("--similarity-threshold is a share of fingerprints in common: a number from 0 to 1, for example 0.6.");
                return ExitCodes.UsageError;
            }

            if (!Directory.Exists(submissionsFolder))
            {
                Console.Error.WriteLine($"The submissions folder '{submissionsFolder}' does not exist.");
                return ExitCodes.UsageError;
            }

            var submissions = BatchGrader.FindSubmissions(submissionsFolder);
            var grader = new BatchGrader(new GradingPipeline(course));
            var reports = BatchProgress.Run(submissions.Count, graded => grader.Grade(submissions, gradeOptions, Math.Max(1, parsed.GetValue(parallel)), graded));
            var katas = gradeOptions.KataId is null ? course.Manifest.Katas.Select(k => k.Id).ToList() : [gradeOptions.KataId];
            var written = Write(parsed.GetValue(output)!, reports, katas);
            var students = reports.Select((report, index) => new StudentWork(report, ClassSources.Of(submissions[index], course.Manifest, katas))).ToList();
            new ClassReportWriter(SimilarityOptions.Default with { Threshold = parsed.GetValue(threshold) })
                .Write(parsed.GetValue(output)!, students, katas, ClassSources.Stubs(course, katas));
            written += $", {ClassReportWriter.HtmlFileName} and {ClassReportWriter.JsonFileName}";
            Console.WriteLine($"Graded {reports.Count} submissions; {reports.Count(r => r.Error is not null)} could not be graded. Wrote {written}.");
            return ExitCodes.Success;
        });
        return batch;
    }

    private static string Write(string outputFolder, IReadOnlyList<GradeReport> reports, IReadOnlyList<string> katas)
    {
        var folder = Directory.CreateDirectory(outputFolder).FullName;
        var feedback = Directory.CreateDirectory(Path.Combine(folder, "feedback")).FullName;
        Save(Path.Combine(folder, "grades.csv"), writer => new CsvGradebook().Write(reports, katas, writer));
        Save(Path.Combine(folder, "grades.json"), writer => new BatchJsonWriter().Write(reports, writer));
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var report in reports)
        {
            // Two names can reduce to the same safe file name; number the later ones rather than overwrite.
            var name = MarkdownFeedbackWriter.FileNameFor(report.Submission);
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{Path.GetFileNameWithoutExtension(MarkdownFeedbackWriter.FileNameFor(report.Submission))}-{n}.md";
            }

            Save(Path.Combine(feedback, name), writer => new MarkdownFeedbackWriter().Write(report, writer));
        }

        return $"{Path.Combine(folder, "grades.csv")}, grades.json and {reports.Count} feedback files";
    }

    private static void Save(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        write(writer);
    }
}
