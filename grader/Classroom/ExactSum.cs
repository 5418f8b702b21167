namespace NeuralKatas.Grader.Classroom;

/// <summary>
/// The one piece of floating-point care the Classroom points need. The reporter adds every test's
/// score to one running double, in workflow order, and sends that sum; decimal points such as
/// 3.3333 have no exact binary form, so adding them as they are drifts (ten shares of 1 make
/// 9.999999999999998, five katas of 10 made 50.000000000000014). Instead each score is chosen so
/// that the running sum lands exactly on the double the grader's own total would print.
/// </summary>
public static class ExactSum
{
    // Adding d to a sum rounds once; stepping d one unit in the last place at a time crosses every
    // double near the target, so a few steps always find one that lands on it.
    private const int MaxSteps = 64;

    /// <summary>
    /// A score d ≥ 0 such that <paramref name="sum"/> + d, rounded as IEEE-754 double addition
    /// rounds, is exactly <paramref name="target"/> (which must not be below <paramref name="sum"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The target is below the sum, or not a finite number.</exception>
    public static double Step(double sum, double target)
    {
        if (!double.IsFinite(target) || !double.IsFinite(sum) || target < sum)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, $"The running sum {sum} cannot be brought to {target}.");
        }

        var score = target - sum;
        for (var step = 0; step < MaxSteps && sum + score != target; step++)
        {
            score = sum + score < target ? Math.BitIncrement(score) : Math.BitDecrement(score);
        }

        return sum + score == target
            ? Math.Max(score, 0)
            : throw new ArgumentOutOfRangeException(nameof(target), target, $"No double brings the running sum {sum} to {target}.");
    }

    /// <summary>Points as the grader states them: rounded to 4 decimals, as <c>GradeReport.Score</c> rounds its total.</summary>
    public static double Points(double value) => Math.Round(value, 4);
}
