using NeuralKatas.Testing;

namespace NeuralKatas.Kata01;

/// <summary>Kata 01: σ(z) = 1 / (1 + e^(−z)) and σ′(z) = σ(z)·(1 − σ(z)).</summary>
[TestFixture]
public sealed class ActivationTests
{
    private const string SigmoidFormula = "σ(z) = 1 / (1 + e^(−z))";
    private const string DerivativeFormula = "σ′(z) = σ(z)·(1 − σ(z)), where z is the pre-activation";

    // z = 0 comes last: there tanh and ReLU both give 0, so a failure there could not say which.
    [TestCase(2.0)]
    [TestCase(-3.5)]
    [TestCase(0.25)]
    [TestCase(0.0)]
    public void Sigmoid_matches_the_formula(double z)
    {
        var expected = ReferenceValues.Sigmoid[z];

        var actual = Activation.Sigmoid(z);

        Lesson.AssertClose(expected, actual, $"Activation.Sigmoid({z})", SigmoidFormula, SigmoidMistakes(z));
    }

    [Test]
    public void Sigmoid_of_zero_is_one_half()
    {
        var actual = Activation.Sigmoid(0.0);

        Lesson.AssertClose(0.5, actual, "Activation.Sigmoid(0)", SigmoidFormula + ", and e^0 = 1, so σ(0) = 1/2", SigmoidMistakes(0.0));
    }

    [TestCase(800.0, 1.0)]
    [TestCase(double.PositiveInfinity, 1.0)]
    [TestCase(-800.0, 0.0)]
    [TestCase(double.NegativeInfinity, 0.0)]
    public void Sigmoid_of_a_huge_input_is_its_limit_not_NaN(double z, double limit)
    {
        var actual = Activation.Sigmoid(z);

        Lesson.AssertClose(limit, actual, $"Activation.Sigmoid({z})", SigmoidFormula + ": it tends to 1 as z → +∞ and to 0 as z → −∞",
            KnownMistake.Scalar(Mistakes.SigmoidOverflowsToNaN, double.NaN),
            KnownMistake.Scalar(Mistakes.SigmoidMirrored, 1.0 - limit));
    }

    [Test]
    public void Sigmoid_is_symmetric_about_one_half()
    {
        var z = 1.7;

        var sum = Activation.Sigmoid(z) + Activation.Sigmoid(-z);

        Lesson.AssertClose(1.0, sum, "Activation.Sigmoid(1.7) + Activation.Sigmoid(-1.7)", "σ(−z) = 1 − σ(z)",
            KnownMistake.Scalar(Mistakes.SigmoidIsTanh, 0.0),
            KnownMistake.Scalar(Mistakes.SigmoidIsRelu, z));
    }

    // z = 0 comes last: there σ(z) and 1 − σ(z) are both ½, so a failure there could not say which.
    [TestCase(1.0)]
    [TestCase(-2.0)]
    [TestCase(0.0)]
    public void SigmoidDerivative_matches_the_formula(double z)
    {
        var expected = ReferenceValues.SigmoidDerivative[z];

        var actual = Activation.SigmoidDerivative(z);

        AssertDerivative(z, expected, actual, $"Activation.SigmoidDerivative({z})");
    }

    [Test]
    public void SigmoidDerivative_of_a_saturated_input_is_small()
    {
        // At z = 4 the sigmoid is nearly flat: the right slope is 0.0177, while the seed tutorial's
        // σ′(σ(z)) gives 0.198, eleven times too big. This is the input that tells the two apart.
        var z = 4.0;

        var actual = Activation.SigmoidDerivative(z);

        AssertDerivative(z, ReferenceValues.SigmoidDerivative[z], actual, "Activation.SigmoidDerivative(4)");
    }

    [Test]
    public void SigmoidDerivative_matches_the_slope_of_Sigmoid()
    {
        // A central difference measures the slope of your own Sigmoid, whatever formula you used.
        var z = 0.8;
        var h = 1e-5;
        var slope = (Activation.Sigmoid(z + h) - Activation.Sigmoid(z - h)) / (2 * h);

        var actual = Activation.SigmoidDerivative(z);

        if (!(Math.Abs(actual - slope) <= 1e-7))
        {
            Lesson.Fail(
                $"Activation.SigmoidDerivative(0.8) is {Lesson.Format(actual, slope)}, but the measured slope of your Sigmoid there is {Lesson.Format(slope, actual)}.",
                "σ′(z) ≈ (σ(z + h) − σ(z − h)) / 2h for a small h: the derivative is the slope of the same σ, at the same z",
                Lesson.Recognise(actual, DerivativeMistakes(z)));
        }
    }

    [TestCase(40.0)]
    [TestCase(-40.0)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void SigmoidDerivative_of_a_huge_input_is_zero_not_NaN(double z)
    {
        var actual = Activation.SigmoidDerivative(z);

        Lesson.AssertClose(0.0, actual, $"Activation.SigmoidDerivative({z})", DerivativeFormula + ": the sigmoid is flat far from 0",
            KnownMistake.Scalar(Mistakes.DerivativeOverflowsToNaN, double.NaN),
            KnownMistake.Scalar(Mistakes.DerivativeOfActivation, z > 0 ? 0.19661193324148185 : 0.25));
    }

    // A wrong derivative built on a wrong Sigmoid would be misnamed by the derivative's mistakes:
    // then the lesson is to fix Sigmoid first.
    private static void AssertDerivative(double z, double expected, double actual, string what)
    {
        var sigmoid = Activation.Sigmoid(z);
        if (!(Math.Abs(actual - expected) <= Lesson.Tolerance) && !(Math.Abs(sigmoid - ReferenceValues.Sigmoid[z]) <= Lesson.Tolerance))
        {
            Lesson.FailWithHint($"{what} is {Lesson.Format(actual, expected)}; expected {Lesson.Format(expected, actual)}.", DerivativeFormula,
                $"SigmoidDerivative is built on your Sigmoid, and Activation.Sigmoid({z}) is {Lesson.Format(sigmoid, ReferenceValues.Sigmoid[z])} where it should be {Lesson.Format(ReferenceValues.Sigmoid[z], sigmoid)}: make the Sigmoid tests pass first.");
        }

        Lesson.AssertClose(expected, actual, what, DerivativeFormula, DerivativeMistakes(z));
    }

    // Each mistake's value at z, from its own (wrong) formula; the right values come from ReferenceValues.
    private static KnownMistake[] SigmoidMistakes(double z) =>
    [
        KnownMistake.Scalar(Mistakes.SigmoidMirrored, 1.0 / (1.0 + Math.Exp(z))),
        KnownMistake.Scalar(Mistakes.SigmoidMissingOne, Math.Exp(z)),
        KnownMistake.Scalar(Mistakes.SigmoidIsTanh, Math.Tanh(z)),
        KnownMistake.Scalar(Mistakes.SigmoidIsRelu, Math.Max(0.0, z)),
    ];

    private static KnownMistake[] DerivativeMistakes(double z)
    {
        var s = ReferenceValues.Sigmoid[z];
        return
        [
            KnownMistake.Scalar(Mistakes.DerivativeOfActivation, ReferenceValues.SigmoidDerivativeOfSigmoid[z]),
            KnownMistake.Scalar(Mistakes.DerivativeWrittenForActivation, z * (1.0 - z)),
            KnownMistake.Scalar(Mistakes.DerivativeIsSigmoid, s),
            KnownMistake.Scalar(Mistakes.DerivativeMissingFactor, 1.0 - s),
            KnownMistake.Scalar(Mistakes.DerivativeMissingFactor, s * s),
            KnownMistake.Scalar(Mistakes.DerivativeOfTanh, 1.0 - (Math.Tanh(z) * Math.Tanh(z))),
        ];
    }
}
