using System.CommandLine;
using NeuralKatas.Grader.Classroom;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Commands;

/// <summary>`classroom export OUT`: write the student template repository for a GitHub Classroom assignment.</summary>
public static class ClassroomCommand
{
    /// <summary>The `classroom` verb and its sub-verbs.</summary>
    public static Command Create()
    {
        var classroom = new Command("classroom", "GitHub Classroom: export the student template repository.");
        var folder = new Argument<string>("out") { Description = "A new or empty folder to write the template into." };
        var export = new Command("export", "Write a ready-to-push student template: kata stubs, tests, grader and workflows; no solutions.") { folder };
        export.SetAction(parsed =>
        {
            var course = CourseLayout.Locate();
            var output = parsed.GetValue(folder)!;
            try
            {
                var written = TemplateExporter.Export(course, output);
                Console.WriteLine($"Wrote the student template to {Path.GetFullPath(output)} ({written.Count} files).");
                Console.WriteLine("Next: push it to a new repository, mark it as a template, and pick it as the starter code of the assignment (README.md, \"GitHub Classroom\").");
                return ExitCodes.Success;
            }
            catch (TemplateExportException error)
            {
                Console.Error.WriteLine(error.Message);
                return ExitCodes.UsageError;
            }
        });
        classroom.Subcommands.Add(export);
        return classroom;
    }
}
