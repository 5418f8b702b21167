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
        var dev = new Command("dev", "Maintainer tasks: regenerate or check the kata stubs from solutions/.");

        var generate = new Command("generate", "Rewrite every kata stub in katas/ from its solution in solutions/ (overwrites learner files).");
        generate.SetAction(_ =>
        {
            var course = CourseLayout.Locate();
            var written = KataStubs.Write(course);
            foreach (var file in written)
            {
                Console.WriteLine($"wrote {Path.GetRelativePath(course.Root, file.StubPath)}");
            }

            Console.WriteLine(written.Count == 0 ? "katas/ is already what solutions/ generates." : $"{written.Count} stub(s) regenerated.");
            return ExitCodes.Success;
        });

        var check = new Command("check", "Fail if any kata stub differs from what `dev generate` would write.");
        check.SetAction(_ =>
        {
            var course = CourseLayout.Locate();
            var drifted = KataStubs.Generate(course)
                .Where(file => !File.Exists(file.StubPath) || File.ReadAllText(file.StubPath) != file.Text)
                .ToList();
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
