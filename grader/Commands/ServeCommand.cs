using System.CommandLine;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Server;

namespace NeuralKatas.Grader.Commands;

/// <summary>`serve`: the hidden verb of the warm grade server that grader/nk's commands use (see <see cref="GradeServer"/>).</summary>
public static class ServeCommand
{
    /// <summary>The hidden `serve` verb.</summary>
    public static Command Create()
    {
        var course = new Option<string?>("--course") { Description = "The course to grade against. Default: the repository holding the current folder." };
        var serve = new Command("serve", "Internal: grade requests on a Unix socket, warm, until idle (started by the grader for grader/nk).") { course };
        serve.Hidden = true;
        serve.SetAction(parsed => GradeServer.Run(parsed.GetValue(course) is { } root ? CourseLayout.At(root) : CourseLayout.Locate()));
        return serve;
    }
}
