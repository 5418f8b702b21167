namespace NeuralKatas.Testing;

/// <summary>
/// ½ Σ (Y − Ŷ)² of two given matrices: what a test needs to judge a step by its effect on the loss.
/// It is a sum and nothing more (no forward pass, no sigmoid), so it cannot stand in for a network.
/// </summary>
public static class SquaredError
{
    /// <summary>½ Σ (Y − Ŷ)² over every entry.</summary>
    public static double Half(Matrix target, Matrix prediction)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(prediction);
        var sum = 0.0;
        for (var r = 0; r < target.Rows; r++)
        {
            for (var c = 0; c < target.Columns; c++)
            {
                var error = target[r, c] - prediction[r, c];
                sum += error * error;
            }
        }

        return 0.5 * sum;
    }
}
