using NeuralKatas.Testing;

namespace NeuralKatas.Kata01;

/// <summary>Kata 01: σ(z) = 1 / (1 + e^(−z)) and σ′(z) = σ(z)·(1 − σ(z)).</summary>
[TestFixture]
public sealed class ActivationTests
{
    private const string SigmoidFormula = "σ(z) = 1 / (1 + e^(−z))";
    private const string DerivativeFormula = "σ′(z) = σ(z)·(1 − σ(z)), where z is the pre-activation";

    [TestCase(0.0)]
    [TestCase(2.0)]
    [TestCase(-3.5)]
    [TestCase(0.25)]
    public void Sigmoid_matches_the_formula(double z)
    {
        var expected = 1.0 / (1.0 + Math.Exp(-z));

        var actual = Activation.Sigmoid(z);

        Lesson.AssertClose(expected, actual, $"Activation.Sigmoid({z})", SigmoidFormula,
            KnownMistake.Scalar("you returned 1 / (1 + e^z): the exponent needs a minus sign, e^(−z).", 1.0 / (1.0 + Math.Exp(z))),
            KnownMistake.Scalar("you returned e^(−z) / (1 + e^(−z)), which is 1 − σ(z).", Math.Exp(-z) / (1.0 + Math.Exp(-z))));
    }

    [Test]
    public void Sigmoid_of_zero_is_one_half()
    {
        var actual = Activation.Sigmoid(0.0);

        Lesson.AssertClose(0.5, actual, "Activation.Sigmoid(0)", SigmoidFormula + ", and e^0 = 1, so σ(0) = 1/2");
    }

    [TestCase(800.0, 1.0)]
    [TestCase(double.PositiveInfinity, 1.0)]
    [TestCase(-800.0, 0.0)]
    [TestCase(double.NegativeInfinity, 0.0)]
    public void Sigmoid_of_a_huge_input_is_its_limit_not_NaN(double z, double limit)
    {
        var actual = Activation.Sigmoid(z);

        if (double.IsNaN(actual))
        {
            Lesson.Fail($"Activation.Sigmoid({z}) is NaN; expected {limit}.", SigmoidFormula,
                "a form such as e^z / (1 + e^z) divides ∞ by ∞ when z is large. 1 / (1 + e^(−z)) has the right limits as it stands: 1 / ∞ is 0.");
        }

        Lesson.AssertClose(limit, actual, $"Activation.Sigmoid({z})", SigmoidFormula + ": it tends to 1 as z → +∞ and to 0 as z → −∞");
    }

    [Test]
    public void Sigmoid_is_symmetric_about_one_half()
    {
        var z = 1.7;

        var sum = Activation.Sigmoid(z) + Activation.Sigmoid(-z);

        Lesson.AssertClose(1.0, sum, "Activation.Sigmoid(1.7) + Activation.Sigmoid(-1.7)", "σ(−z) = 1 − σ(z)");
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(-2.0)]
    public void SigmoidDerivative_matches_the_formula(double z)
    {
        var s = 1.0 / (1.0 + Math.Exp(-z));
        var expected = s * (1.0 - s);

        var actual = Activation.SigmoidDerivative(z);

        Lesson.AssertClose(expected, actual, $"Activation.SigmoidDerivative({z})", DerivativeFormula, DerivativeMistakes(z));
    }

    [Test]
    public void SigmoidDerivative_of_a_saturated_input_is_small()
    {
        // At z = 4 the sigmoid is nearly flat: the right slope is 0.0177, while the seed tutorial's
        // σ′(σ(z)) gives 0.198, eleven times too big. This is the input that tells the two apart.
        var z = 4.0;
        var s = 1.0 / (1.0 + Math.Exp(-z));

        var actual = Activation.SigmoidDerivative(z);

        Lesson.AssertClose(s * (1.0 - s), actual, "Activation.SigmoidDerivative(4)", DerivativeFormula, DerivativeMistakes(z));
    }

    [Test]
    public void SigmoidDerivative_matches_the_slope_of_Sigmoid()
    {
        // A central difference measures the slope of your own Sigmoid, whatever formula you used.
        var z = 0.8;
        var h = 1e-5;
        var slope = (Activation.Sigmoid(z + h) - Activation.Sigmoid(z - h)) / (2 * h);

        var actual = Activation.SigmoidDerivative(z);

        if (Math.Abs(actual - slope) > 1e-7)
        {
            Lesson.Fail(
                $"Activation.SigmoidDerivative(0.8) is {Lesson.Format(actual)}, but the measured slope of your Sigmoid there is {Lesson.Format(slope)}.",
                "σ′(z) ≈ (σ(z + h) − σ(z − h)) / 2h for a small h",
                "the derivative must be the slope of the same σ, at the same z.");
        }
    }

    [TestCase(40.0)]
    [TestCase(-40.0)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void SigmoidDerivative_of_a_huge_input_is_zero_not_NaN(double z)
    {
        var actual = Activation.SigmoidDerivative(z);

        Lesson.AssertClose(0.0, actual, $"Activation.SigmoidDerivative({z})", DerivativeFormula + ": the sigmoid is flat far from 0");
    }

    private static KnownMistake[] DerivativeMistakes(double z)
    {
        var s = 1.0 / (1.0 + Math.Exp(-z));
        var ss = 1.0 / (1.0 + Math.Exp(-s));
        return
        [
            KnownMistake.Scalar(
                "you computed σ′(σ(z)): the sigmoid was applied twice, the seed tutorial's bug. SigmoidDerivative receives the pre-activation z, so call Sigmoid(z) once and return s·(1 − s).",
                ss * (1.0 - ss)),
            KnownMistake.Scalar(
                "you returned z·(1 − z): that is σ′ written for an activation a = σ(z), but this function is given z. Compute s = Sigmoid(z) first.",
                z * (1.0 - z)),
            KnownMistake.Scalar("you returned σ(z) itself: the derivative is σ(z)·(1 − σ(z)).", s),
        ];
    }
}
