namespace NeuralKatas.Testing;

/// <summary>
/// Reads the given library's shape errors (Matrix, Layer, Network), which say when a transposed
/// matrix, a column bias or a product the other way round would have fitted, and names that mistake.
/// </summary>
internal static class ShapeMistakes
{
    public static bool IsShapeError(ArgumentException error) =>
        error.Message.StartsWith("Cannot ", StringComparison.Ordinal)
        || error.Message.StartsWith("A layer with ", StringComparison.Ordinal)
        || error.Message.StartsWith("The hidden layer has ", StringComparison.Ordinal);

    public static Mistake? Recognise(string message)
    {
        if (message.Contains("the bias is transposed", StringComparison.Ordinal) || message.Contains("a transposed bias", StringComparison.Ordinal))
        {
            return Mistakes.BiasAsColumn;
        }

        if (message.Contains("transposed", StringComparison.Ordinal))
        {
            return Mistakes.TransposedMatrix;
        }

        if (message.Contains("with AddRowVector", StringComparison.Ordinal))
        {
            return Mistakes.BiasAddedElementwise;
        }

        return message.Contains("the wrong order", StringComparison.Ordinal) ? Mistakes.ProductOrder : null;
    }
}
