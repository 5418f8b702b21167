using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.CompileServer;

namespace NeuralKatas.Tests.CompileServer;

/// <summary>The compile server's messages cross the wire unchanged, a failed compile's missing image included.</summary>
[TestFixture]
public sealed class CompileWireTests
{
    [Test]
    public void A_kata_that_did_not_compile_crosses_the_wire_without_an_image()
    {
        // System.Text.Json's generated fast path wrote a null byte array as "", which read back as
        // an empty image: a compile error then ran as a kata and crashed with "Bad IL format".
        var failed = new CompiledKata(null, [new CompileDiagnostic("katas/01-sigmoid/Activation.cs", 3, 5, "CS1002", "; expected")], []);

        var line = CompileWire.Write(new CompileResponse(failed, null));
        var back = CompileWire.Read<CompileResponse>(line).Kata!;

        Assert.That(line, Does.Not.Contain('\n'));
        Assert.That(back.Image, Is.Null);
        Assert.That(back.Succeeded, Is.False);
        Assert.That(back.Errors, Is.EqualTo(failed.Errors));
    }

    [Test]
    public void A_compiled_kata_keeps_its_image_byte_for_byte()
    {
        var compiled = new CompiledKata([0, 1, 2, 254, 255], [], [new TestLocation("NeuralKatas.Tests.SigmoidTests", "Sigmoid_of_zero_is_a_half", "katas/01-sigmoid/Tests/SigmoidTests.cs", 12)]);

        var back = CompileWire.Read<CompileResponse>(CompileWire.Write(new CompileResponse(compiled, null))).Kata!;

        Assert.That(back.Image, Is.EqualTo(compiled.Image));
        Assert.That(back.TestLocations, Is.EqualTo(compiled.TestLocations));
    }
}
