using System.CommandLine;
using NeuralKatas.Grader.CompileServer;

namespace NeuralKatas.Grader.Commands;

/// <summary>`compile-server`: the hidden verb the grader starts itself with to compile untrusted source in a child process.</summary>
public static class CompileServerCommand
{
    /// <summary>The hidden `compile-server` verb.</summary>
    public static Command Create()
    {
        var server = new Command("compile-server", "Internal: compile katas sent on standard input, one JSON line each (started by the grader).") { Hidden = true };
        server.SetAction(_ => CompileServerMain.Run());
        return server;
    }
}
