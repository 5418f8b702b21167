namespace NeuralKatas.Tests.Learner;

/// <summary>Runs the built grader as a learner would: `dotnet neuralkatas.dll VERB …` in a fixture course's folder.</summary>
public static class LearnerCli
{
    /// <summary>The grader, built beside these tests.</summary>
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "neuralkatas.dll");

    /// <summary>Runs the grader to its end with no terminal (output piped, input from <paramref name="input"/>); returns its exit code and output.</summary>
    public static (int ExitCode, string Output, string Error) Run(string folder, string home, string? input, params string[] arguments)
    {
        var run = EndToEnd.GraderProcess.RunWith(folder, new Dictionary<string, string> { ["NEURALKATAS_HOME"] = home }, input, arguments);
        return (run.ExitCode, run.Output, run.Error);
    }
}
