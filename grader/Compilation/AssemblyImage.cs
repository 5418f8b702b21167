namespace NeuralKatas.Grader.Compilation;

/// <summary>A compiled assembly held in memory.</summary>
/// <param name="Name">Its simple name, which is also the file name it is written under (plus .dll).</param>
/// <param name="Image">Its bytes.</param>
public sealed record AssemblyImage(string Name, byte[] Image)
{
    /// <summary>
    /// True for the course library (the given code, the test support): the same for every kata of
    /// every submission, so a worker loads it once and shares it between katas.
    /// </summary>
    public bool Shared { get; init; }
}
