using NeuralKatas.Grader.Classroom;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Reporting;

/// <summary>
/// The grade as one GitHub Classroom runner result (see <see cref="ClassroomResults"/>): every graded
/// kata's tests in one runner whose max_score is the points graded. The Classroom workflow does not
/// use it (<c>classroom grade</c> writes one runner per kata in a single run); it is for a workflow of
/// one's own that grades a kata per step.
/// </summary>
public sealed class ClassroomReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public string Name => "classroom";

    /// <inheritdoc/>
    public void Write(GradeReport report, TextWriter output)
    {
        output.Write(ClassroomResults.EncodeOne(report));
        output.Write('\n');
    }
}
