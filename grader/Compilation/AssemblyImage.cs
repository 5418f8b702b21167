namespace NeuralKatas.Grader.Compilation;

/// <summary>A compiled assembly held in memory.</summary>
/// <param name="Name">Its simple name, which is also the file name it is written under (plus .dll).</param>
/// <param name="Image">Its bytes.</param>
public sealed record AssemblyImage(string Name, byte[] Image);
