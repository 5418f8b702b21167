using System.Text;
using NeuralKatas.Grader.Execution;

namespace NeuralKatas.Tests.Execution;

/// <summary>What is kept of a crashing child's standard error: the name of the crash and where it ended, whatever lies between.</summary>
[TestFixture]
public sealed class CrashWordsTests
{
    [Test]
    public void A_stack_overflow_keeps_its_name_after_thousands_of_frames()
    {
        var words = new CrashWords(tailLength: 2000);
        words.Append("warning FS3370: an earlier compile's warning\n");
        var report = new StringBuilder("Stack overflow.\nRepeat 9000 times:\n");
        for (var frame = 0; frame < 9000; frame++)
        {
            report.Append("   at Microsoft.CodeAnalysis.CSharp.Binder.BindExpression(ExpressionSyntax)\n");
        }

        report.Append("   at NeuralKatas.Grader.CompileServer.CompileServerMain.Run()\n");

        foreach (var piece in report.ToString().Chunk(4096))
        {
            words.Append(new string(piece));
        }

        var kept = words.ToString();
        Assert.That(kept, Does.StartWith("Stack overflow. … "));
        Assert.That(kept, Does.EndWith("CompileServerMain.Run()"));
        Assert.That(kept, Has.Length.LessThan(2300));
    }

    [Test]
    public void A_short_report_is_kept_whole_on_one_line_and_ordinary_lines_name_no_crash()
    {
        var words = new CrashWords(tailLength: 600);

        words.Append("Unhandled exception. System.OutOfMemoryException\n");
        words.Append("   at Kata.Train()\n");

        Assert.That(words.ToString(), Is.EqualTo("Unhandled exception. System.OutOfMemoryException at Kata.Train()"));

        var quiet = new CrashWords(tailLength: 10);
        quiet.Append("first line\nand a last line");
        Assert.That(quiet.ToString(), Is.EqualTo("last line"));
    }
}
