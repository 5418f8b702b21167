using System.CommandLine;
using NeuralKatas.Grader.Batch;
using NeuralKatas.Grader.ClassReport;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Pipeline;

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
        batch.Options.Add(options.ShowHiddenMessages);
        options.AddLimitsTo(batch);
        batch.Options.Add(options.Language);
        batch.Options.Add(options.NoSandbox);
        batch.SetAction(parsed =>
        {
            var course = CourseLayout.Locate();
            var gradeOptions = options.Read(parsed, course, othersCode: true);
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
            var katas = gradeOptions.KataId is null ? course.Manifest.Katas.Select(k => k.Id).ToList() : [gradeOptions.KataId];
            var written = new BatchOutput(parsed.GetValue(output)!, katas, parsed.GetValue(options.ShowHiddenMessages));
            var reports = BatchProgress.Run(submissions.Count, graded => grader.Grade(submissions, gradeOptions, Math.Max(1, parsed.GetValue(parallel)), report =>
            {
                written.Add(report);
                graded(report);
            }));
            var students = reports.Select((report, index) => new StudentWork(report, ClassSources.Of(submissions[index], course.Manifest, katas))).ToList();
            new ClassReportWriter(SimilarityOptions.Default with { Threshold = parsed.GetValue(threshold) })
                .Write(parsed.GetValue(output)!, students, katas, ClassSources.Stubs(course, katas));
            Console.WriteLine($"Graded {reports.Count} submissions; {reports.Count(r => r.Error is not null)} could not be graded. Wrote {written.GradesCsv}, grades.json, {reports.Count} feedback files, {ClassReportWriter.HtmlFileName} and {ClassReportWriter.JsonFileName}.");
            return ExitCodes.Success;
        });
        return batch;
    }
}
