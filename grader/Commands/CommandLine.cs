using System.CommandLine;

namespace NeuralKatas.Grader.Commands;

/// <summary>The grader's verbs; each lives in its own class.</summary>
public static class CommandLine
{
    /// <summary>The root command with every verb attached.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("NeuralKatas: build a neural network from scratch, one kata at a time, and grade it.");
        root.Subcommands.Add(GradeCommand.Create());
        root.Subcommands.Add(BatchCommand.Create());
        root.Subcommands.Add(DevCommand.Create());
        root.Subcommands.Add(ClassroomCommand.Create());
        root.Subcommands.Add(GradescopeCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(CompileServerCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ListCommand.Create());
        root.Subcommands.Add(HintCommand.Create());
        root.Subcommands.Add(ResetCommand.Create());
#if PLOTTING
        root.Subcommands.Add(PlotCommand.Create());
#endif
        return root;
    }
}
