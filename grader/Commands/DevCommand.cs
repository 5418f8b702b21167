using System.CommandLine;
using NeuralKatas.Grader.Authoring;
using NeuralKatas.Grader.Course;

namespace NeuralKatas.Grader.Commands;

/// <summary>`dev`: maintainer tasks, like rustlings' `dev`. Not for learners: `generate` overwrites katas/.</summary>
public static class DevCommand
{
    /// <summary>The `dev` verb and its sub-verbs.</summary>
    public static Command Create()
    {
        var dev = new Command("dev", "Maintainer tasks: regenerate or check what katas/ is made of from solutions/ (stubs, reference values).");

        var generate = new Command("generate", "Rewrite every kata stub and the tests' reference values in katas/ from solutions/ (overwrites learner files).");
        generate.SetAction(_ =>
        {
            var course = CourseLayout.Locate();
            var written = GeneratedCourse.Write(course);
            foreach (var file in written)
            {
                Console.WriteLine($"wrote {Path.GetRelativePath(course.Root, file.StubPath)}");
            }

            Console.WriteLine(written.Count == 0 ? "katas/ is already what solutions/ generates." : $"{written.Count} file(s) regenerated.");
            return ExitCodes.Success;
        });

        var check = new Command("check", "Fail if any stub or the reference values differ from what `dev generate` would write.");
        check.SetAction(_ =>
        {
            var course = CourseLayout.Locate();
            var drifted = GeneratedCourse.Drifted(course);
            foreach (var file in drifted)
            {
                Console.Error.WriteLine($"{Path.GetRelativePath(course.Root, file.StubPath)} differs from what solutions/ generates; run `dotnet run --project grader -- dev generate`.");
            }

            return drifted.Count == 0 ? ExitCodes.Success : ExitCodes.NotPassing;
        });

        dev.Subcommands.Add(generate);
        dev.Subcommands.Add(check);
        return dev;
    }
}
