using System.CommandLine;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Grader.Commands;

/// <summary>`worker`: the hidden verb the grader starts itself with to run learner code in a child process.</summary>
public static class WorkerCommand
{
    /// <summary>The hidden `worker` verb.</summary>
    public static Command Create()
    {
        var worker = new Command("worker", "Internal: run compiled katas sent on standard input (started by the grader).") { Hidden = true };
        worker.SetAction(_ => WorkerMain.Run());
        return worker;
    }
}
