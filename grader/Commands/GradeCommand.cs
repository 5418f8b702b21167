using System.CommandLine;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Loading;
using NeuralKatas.Grader.Reporting;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Grader.Server;

namespace NeuralKatas.Grader.Commands;

/// <summary>`grade [PATH]`: grade one submission (a folder or a .zip; this repository's katas/ by default) and report it.</summary>
public static class GradeCommand
{
    /// <summary>The `grade` verb.</summary>
    public static Command Create()
    {
        var path = new Argument<string?>("path")
        {
            Description = "Someone else's work to grade: a clone of this repository, its katas/ folder, or a .zip of either; each kata is graded in isolation. Default: your own katas/, graded as `dotnet test` does.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var options = new GradeCommandOptions();
        var grade = new Command("grade", "Grade one submission: compile in memory, run the tests in an isolated worker, score, report.") { path };
        options.AddTo(grade);
        grade.SetAction(parsed =>
        {
            var course = CourseLayout.Locate();
            var writer = ReportWriters.Find(parsed.GetValue(options.Format)!);
            if (writer is null)
            {
                Console.Error.WriteLine(ReportWriters.UnknownFormatMessage(parsed.GetValue(options.Format)!));
                return ExitCodes.UsageError;
            }

            var chosen = parsed.GetValue(path) ?? course.KatasDirectory;
            var gradeOptions = options.Read(parsed, course, othersCode: !IsThisRepository(chosen, course));
            if (gradeOptions is null)
            {
                return ExitCodes.UsageError;
            }

            // With no PATH this is the learner grading their own katas: exactly as `dotnet test` does.
            if (parsed.GetValue(path) is null)
            {
                gradeOptions = LearnerSession.OwnCode(course, gradeOptions);
            }

            Submission submission;
            try
            {
                submission = SubmissionLoader.Load(chosen, course.Manifest);
            }
            catch (SubmissionException error)
            {
                Console.Error.WriteLine(error.Message);
                return ExitCodes.UsageError;
            }

            using (submission)
            {
                ReportOutput.WarmUp(writer, course.Manifest);
                var report = SubmissionGraders.ForOneCommand(course).Grade(submission.Name, submission.KatasRoot, gradeOptions);

                // Every format of `grade` can reach the student (Gradescope's results.json, the Classroom log).
                ReportOutput.Write(writer, parsed.GetValue(options.ShowHiddenMessages) ? report : HiddenTestMessages.Withhold(report), parsed.GetValue(options.Output));
                return report.FullMarks ? ExitCodes.Success : ExitCodes.NotPassing;
            }
        });
        return grade;
    }

    // The learner's own katas (and this repository's reference solutions) are the user's own code;
    // any other folder, and every zip, is someone else's.
    private static bool IsThisRepository(string path, CourseLayout course)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return new[] { course.Root, course.KatasDirectory, course.SolutionsDirectory }
            .Any(own => string.Equals(Path.TrimEndingDirectorySeparator(own), full, StringComparison.Ordinal));
    }
}
