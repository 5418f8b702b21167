using System.CommandLine;
using NeuralKatas.Grader.Batch;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Pipeline;

namespace NeuralKatas.Grader.Commands;

/// <summary>`batch DIR --out OUT`: grade a class; write grades.csv, grades.json and one feedback file per student.</summary>
public static class BatchCommand
{
    /// <summary>The `batch` verb.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("submissions") { Description = "A folder of submissions: one sub-folder or .zip file per student." };
        var output = new Option<string>("--out") { Description = "The folder to write grades.csv, grades.json and feedback/ into.", Required = true };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Submissions graded at once. Default: the number of cores.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var options = new GradeCommandOptions();
        var batch = new Command("batch", "Grade every submission in a folder, in parallel, into a gradebook and per-student feedback.") { folder };
        batch.Options.Add(output);
        batch.Options.Add(parallel);
        batch.Options.Add(options.Kata);
        batch.Options.Add(options.Tests);
        batch.Options.Add(options.ShowHiddenMessages);
        batch.Options.Add(options.TimeLimit);
        batch.Options.Add(options.CompileTimeLimit);
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
            Console.WriteLine($"Graded {reports.Count} submissions; {reports.Count(r => r.Error is not null)} could not be graded. Wrote {written.GradesCsv}, grades.json and {reports.Count} feedback files.");
            return ExitCodes.Success;
        });
        return batch;
    }
}
