using System.CommandLine;
using NeuralKatas.Grader.Classroom;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Commands;

/// <summary>`classroom export --out DIR`: write the student template repository for a GitHub Classroom assignment.</summary>
public static class ClassroomCommand
{
    /// <summary>The `classroom` verb and its sub-verbs.</summary>
    public static Command Create()
    {
        var classroom = new Command("classroom", "GitHub Classroom: export the student template repository, or grade it as its workflow does.");
        var output = new Option<string?>("--out", "-o") { Description = "A new or empty folder to write the template into." };
        var folder = new Argument<string?>("out")
        {
            Description = "The same folder, given without --out: the old spelling, kept until the next release.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var export = new Command("export", "Write a ready-to-push student template: kata stubs, tests, grader and workflows; no solutions.") { folder, output };
        export.SetAction(parsed =>
        {
            var course = CourseLayout.Locate();
            if ((parsed.GetValue(output) ?? parsed.GetValue(folder)) is not { } target)
            {
                Console.Error.WriteLine("Say where the template goes: classroom export --out DIR.");
                return ExitCodes.UsageError;
            }

            try
            {
                var written = TemplateExporter.Export(course, target);
                Console.WriteLine($"Wrote the student template to {Path.GetFullPath(target)} ({written.Count} files).");
                Console.WriteLine("Next: push it to a new repository, mark it as a template, and pick it as the starter code of the assignment (docs/classroom.md).");
                return ExitCodes.Success;
            }
            catch (TemplateExportException error)
            {
                Console.Error.WriteLine(error.Message);
                return ExitCodes.UsageError;
            }
        });
        classroom.Subcommands.Add(export);
        classroom.Subcommands.Add(GradeVerb());
        return classroom;
    }

    // `classroom grade`: the workflow's one grading step. Exit code 0 whenever the results were
    // written: the reporter, not this step, turns the run red until every test passes.
    private static Command GradeVerb()
    {
        var options = new GradeCommandOptions();
        var grade = new Command("grade", "Grade every kata once and write each Classroom runner's result to $GITHUB_OUTPUT, the feedback to $GITHUB_STEP_SUMMARY.");
        options.AddLimitsTo(grade);
        grade.SetAction(parsed =>
        {
            var course = CourseLayout.Locate();
            // The workflow grades the student's own repository, on a runner of its own.
            var gradeOptions = options.Read(parsed, course, othersCode: false);
            if (gradeOptions is null)
            {
                return ExitCodes.UsageError;
            }

            using var outputs = Open("GITHUB_OUTPUT");
            using var summary = Open("GITHUB_STEP_SUMMARY");
            ClassroomGrade.Run(course, gradeOptions, outputs, summary);
            return ExitCodes.Success;
        });
        return grade;
    }

    // GitHub's step files are appended to; outside a workflow the results go to the terminal.
    private static TextWriter Open(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path
            ? new StreamWriter(path, append: true)
            : new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
}
