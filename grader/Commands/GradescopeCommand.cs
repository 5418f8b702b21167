using System.CommandLine;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Gradescope;
using NeuralKatas.Grader.Reporting;

namespace NeuralKatas.Grader.Commands;

/// <summary>`gradescope export OUT.zip` writes the autograder bundle; `gradescope run` is what the bundle's run_autograder calls.</summary>
public static class GradescopeCommand
{
    /// <summary>The `gradescope` verb and its sub-verbs.</summary>
    public static Command Create()
    {
        var gradescope = new Command("gradescope", "Gradescope: write the autograder bundle, or grade one submission as the bundle does.");
        gradescope.Subcommands.Add(Export());
        gradescope.Subcommands.Add(RunVerb());
        return gradescope;
    }

    private static Option<string> HiddenVisibility() => new("--hidden-visibility")
    {
        Description = $"When students see the results of your hidden tests (--tests): {string.Join(", ", GradescopeReportWriter.Visibilities)}.",
        DefaultValueFactory = _ => GradescopeReportWriter.AfterPublished,
    };

    private static Command Export()
    {
        var output = new Argument<string>("out") { Description = "The .zip file to write, to upload as the assignment's autograder." };
        var options = new GradeCommandOptions();
        var visibility = HiddenVisibility();
        var export = new Command("export", "Write a Gradescope autograder bundle: setup.sh, run_autograder, the course and your hidden tests.") { output, visibility };
        export.Options.Add(options.Tests);
        export.SetAction(parsed =>
        {
            var course = CourseLayout.Locate();
            var tests = parsed.GetValue(options.Tests) ?? [];
            if (!Valid(parsed.GetValue(visibility)!))
            {
                return ExitCodes.UsageError;
            }

            if (tests.FirstOrDefault(folder => !Directory.Exists(folder)) is { } missing)
            {
                Console.Error.WriteLine($"The tests folder '{missing}' does not exist.");
                return ExitCodes.UsageError;
            }

            var path = parsed.GetValue(output)!;
            var entries = BundleExporter.Export(course, path, tests, parsed.GetValue(visibility)!);
            Console.WriteLine($"Wrote the Gradescope autograder to {Path.GetFullPath(path)} ({entries.Count} files).");
            Console.WriteLine("Next: upload it in the assignment's Configure Autograder page, choosing Ubuntu 22.04 or later (docs/gradescope.md).");
            return ExitCodes.Success;
        });
        return export;
    }

    // Exit code 0 whenever results.json was written: the points are in it.
    private static Command RunVerb()
    {
        var submission = new Argument<string>("submission") { Description = "The submission folder (/autograder/submission on Gradescope)." };
        var results = new Option<string>("--results") { Description = "Where to write results.json.", Required = true };
        var options = new GradeCommandOptions();
        var visibility = HiddenVisibility();
        var run = new Command("run", "Grade one submission with the bundle's course and write Gradescope's results.json.") { submission, results, visibility };
        run.Options.Add(options.Tests);
        options.AddLimitsTo(run);
        run.SetAction(parsed =>
        {
            var course = CourseLayout.Locate();
            // Gradescope's container is the submission's own and thrown away after it; the sandbox is
            // used there when bwrap can start one (Docker often forbids user namespaces), never demanded.
            var gradeOptions = options.Read(parsed, course, othersCode: false);
            if (gradeOptions is null || !Valid(parsed.GetValue(visibility)!))
            {
                return ExitCodes.UsageError;
            }

            GradescopeRun.Run(course, parsed.GetValue(submission)!, gradeOptions, parsed.GetValue(results)!, parsed.GetValue(visibility)!);
            return ExitCodes.Success;
        });
        return run;
    }

    private static bool Valid(string visibility)
    {
        if (GradescopeReportWriter.Visibilities.Contains(visibility))
        {
            return true;
        }

        Console.Error.WriteLine($"--hidden-visibility must be one of {string.Join(", ", GradescopeReportWriter.Visibilities)}; got '{visibility}'.");
        return false;
    }
}
