using System.Diagnostics;

namespace NeuralKatas.Testing;

/// <summary>
/// The deepest frame of an exception that lies in the learner's own file, as file:line:column:
/// the line to look at. Learner files are the kata files that are neither tests nor the course
/// library; frames have files and lines when the kata was built with a PDB (dotnet test and the grader both do).
/// </summary>
internal static class LearnerLine
{
    public static string? Of(Exception error)
    {
        foreach (var frame in new StackTrace(error, fNeedFileInfo: true).GetFrames())
        {
            var file = frame.GetFileName()?.Replace('\\', '/');
            if (file is not null && IsLearnerFile(file) && frame.GetFileLineNumber() > 0)
            {
                var start = file.LastIndexOf("katas/", StringComparison.Ordinal);
                return $"{(start < 0 ? file : file[start..])}:{frame.GetFileLineNumber()}:{frame.GetFileColumnNumber()}";
            }
        }

        return null;
    }

    private static bool IsLearnerFile(string file) =>
        !file.Contains("/Tests/", StringComparison.Ordinal)
        && !file.Contains("Given/", StringComparison.Ordinal)
        && !file.Contains("TestSupport/", StringComparison.Ordinal);
}
