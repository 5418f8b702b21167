using NeuralKatas.Grader.Authoring;

namespace NeuralKatas.Tests.Authoring;

[TestFixture]
public sealed class StubGeneratorTests
{
    private const string Solution = """
        public static class Shapes
        {
            public static int Double(int x)
            {
                // BEGIN SOLUTION: return twice x.
                return 2 * x;
                // END SOLUTION
            }
        }
        """;

    [Test]
    public void A_solution_block_becomes_a_TODO_and_a_throw_naming_the_member_and_file()
    {
        var stub = StubGenerator.Generate(Solution, "katas/00-demo/Shapes.cs");

        Assert.That(stub, Does.Contain("        // TODO: return twice x.\n"));
        Assert.That(stub, Does.Contain("throw new NotImplementedException(\"Shapes.Double is still a TODO in katas/00-demo/Shapes.cs: return twice x.\");"));
        Assert.That(stub, Does.Not.Contain("2 * x"));
        Assert.That(stub, Does.StartWith("public static class Shapes\n{\n    public static int Double(int x)\n"));
    }

    [Test]
    public void Quotes_in_the_task_are_escaped_in_the_thrown_message()
    {
        var stub = StubGenerator.Generate(Solution.Replace("return twice x.", "say \"hi\"", StringComparison.Ordinal), "katas/00-demo/Shapes.cs");

        Assert.That(stub, Does.Contain("Shapes.cs: say \\\"hi\\\"\");"));
    }

    [Test]
    public void An_unclosed_block_is_reported_at_its_line()
    {
        var unclosed = Solution.Replace("        // END SOLUTION\n", string.Empty, StringComparison.Ordinal);

        Assert.That(() => StubGenerator.Generate(unclosed, "katas/00-demo/Shapes.cs"),
            Throws.TypeOf<FormatException>().With.Message.Contains("katas/00-demo/Shapes.cs:5").And.Message.Contains("never closed"));
    }

    [Test]
    public void A_nested_block_is_reported_at_its_line()
    {
        var nested = Solution.Replace("return 2 * x;", "// BEGIN SOLUTION: again.", StringComparison.Ordinal);

        Assert.That(() => StubGenerator.Generate(nested, "katas/00-demo/Shapes.cs"),
            Throws.TypeOf<FormatException>().With.Message.Contains("katas/00-demo/Shapes.cs:6").And.Message.Contains("do not nest"));
    }

    [Test]
    public void A_solution_without_any_block_is_refused()
    {
        var none = "public static class Shapes\n{\n}\n";

        Assert.That(() => StubGenerator.Generate(none, "katas/00-demo/Shapes.cs"),
            Throws.TypeOf<FormatException>().With.Message.Contains("no BEGIN SOLUTION block"));
    }
}
