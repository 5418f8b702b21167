namespace NeuralKatas;

/// <summary>
/// The XOR truth table, the smallest problem a network without a hidden layer cannot learn:
/// no straight line separates the two 1s from the two 0s.
/// </summary>
public static class XorData
{
    /// <summary>The four inputs, one sample per row (4×2): [0,0], [0,1], [1,0], [1,1].</summary>
    public static Matrix Inputs() => Matrix.FromRows([[0, 0], [0, 1], [1, 0], [1, 1]]);

    /// <summary>The four targets (4×1): 0, 1, 1, 0.</summary>
    public static Matrix Targets() => Matrix.FromRows([[0], [1], [1], [0]]);
}
