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

        Lesson.AssertClose(expected, actual, $"Activation.Sigmoid({z})", SigmoidFormula, Named(RecogniseSigmoid()));
    }

    [Test]
    public void Sigmoid_of_zero_is_one_half()
    {
        var actual = Activation.Sigmoid(0.0);

        Lesson.AssertClose(0.5, actual, "Activation.Sigmoid(0)", SigmoidFormula + ", and e^0 = 1, so σ(0) = 1/2", Named(RecogniseSigmoid()));
    }

    [TestCase(800.0, 1.0)]
    [TestCase(double.PositiveInfinity, 1.0)]
    [TestCase(-800.0, 0.0)]
    [TestCase(double.NegativeInfinity, 0.0)]
    public void Sigmoid_of_a_huge_input_is_its_limit_not_NaN(double z, double limit)
    {
        var actual = Activation.Sigmoid(z);

        // A sigmoid that is right at every ordinary input went wrong only out here: a special case or
        // a clip. One that is wrong everywhere is named by what it is everywhere (mirrored, tanh, …).
        var rightElsewhere = Values(Activation.Sigmoid).ApproximatelyEquals(Values(z => ReferenceValues.Sigmoid[z]), Lesson.Tolerance);
        var atTheLimit = !rightElsewhere ? RecogniseSigmoid()
            : double.IsNaN(actual) ? Mistakes.SigmoidOverflowsToNaN
            : actual.Equals(1.0 - limit) || (limit == 0.0 && actual.Equals(-1.0)) || actual.Equals(0.5) ? Mistakes.SigmoidSpecialCaseLimit
            : actual is > 0.0 and < 1.0 ? Mistakes.SigmoidClipped
            : null;
        Lesson.AssertClose(limit, actual, $"Activation.Sigmoid({z})", SigmoidFormula + ": it tends to 1 as z → +∞ and to 0 as z → −∞", Named(atTheLimit));
    }

    [Test]
    public void Sigmoid_is_symmetric_about_one_half()
    {
        var z = 1.7;

        var sum = Activation.Sigmoid(z) + Activation.Sigmoid(-z);

        Lesson.AssertClose(1.0, sum, "Activation.Sigmoid(1.7) + Activation.Sigmoid(-1.7)", "σ(−z) = 1 − σ(z)", Named(RecogniseSigmoid()));
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
        // At z = 12 the slope is 6.1e-6: small, but not yet 0, and σ is not yet 1.
        foreach (var z in new[] { 4.0, Fixtures.FarSigmoidInput })
        {
            var actual = Activation.SigmoidDerivative(z);

            AssertDerivative(z, ReferenceValues.SigmoidDerivative[z], actual, $"Activation.SigmoidDerivative({z})");
        }
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
                RecogniseDerivative());
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
                $"SigmoidDerivative is built on your Sigmoid, and Activation.Sigmoid({z}) is {Lesson.Format(sigmoid, ReferenceValues.Sigmoid[z])} where it should be {Lesson.Format(ReferenceValues.Sigmoid[z], sigmoid)}: fix Sigmoid there first (far from 0 it is close to its limit, never at it).");
        }

        Lesson.AssertClose(expected, actual, what, DerivativeFormula, Named(RecogniseDerivative()));
    }

    // A wrong function is named by its values at every input of Fixtures.SigmoidInputs, never at one:
    // one value can agree with a wrong formula by chance (σ(1)·(1 − 1) is 0, and so is 1·(1 − 1)).
    // Each mistake's values come from its own (wrong) formula; the right ones from ReferenceValues.
    private static Mistake? RecogniseSigmoid()
    {
        var learner = Values(Activation.Sigmoid);
        return Lesson.Recognise(learner,
            Candidate(Mistakes.SigmoidMirrored, z => 1.0 / (1.0 + Math.Exp(z))),
            Candidate(Mistakes.SigmoidMirrored, z => z < 0 ? 1.0 / (1.0 + Math.Exp(z)) : ReferenceValues.Sigmoid[z]),
            Candidate(Mistakes.SigmoidMirrored, z => z > 0 ? 1.0 / (1.0 + Math.Exp(z)) : ReferenceValues.Sigmoid[z]),
            Candidate(Mistakes.SigmoidMissingOne, Math.Exp),
            Candidate(Mistakes.SigmoidIsTanh, Math.Tanh),
            Candidate(Mistakes.SigmoidIsRelu, z => Math.Max(0.0, z)),
            Candidate(Mistakes.SigmoidDenominatorSign, z => 1.0 / (1.0 - Math.Exp(-z))),
            Candidate(Mistakes.SigmoidMissingReciprocal, z => 1.0 + Math.Exp(-z)),
            Candidate(Mistakes.SigmoidWrongBase, z => 1.0 / (1.0 + Math.Pow(-z, Math.E))))
            ?? WrongBase(learner)
            ?? Epsilon(learner)
            ?? InFloat(learner, Values(z => ReferenceValues.Sigmoid[z]));
    }

    private static Mistake? RecogniseDerivative()
    {
        double S(double z) => ReferenceValues.Sigmoid[z];
        static double AsFloat(double value) => (float)value;
        var learner = Values(Activation.SigmoidDerivative);
        return KeptFromTheLastSigmoid() ? Mistakes.StateBetweenCalls : Lesson.Recognise(learner,
            Candidate(Mistakes.DerivativeOfActivation, z => ReferenceValues.SigmoidDerivativeOfSigmoid[z]),
            Candidate(Mistakes.DerivativeWrittenForActivation, z => z * (1.0 - z)),
            Candidate(Mistakes.DerivativeWrittenForActivation, z => z is >= 0.0 and <= 1.0 ? z * (1.0 - z) : ReferenceValues.SigmoidDerivative[z]),
            Candidate(Mistakes.DerivativeIsSigmoid, S),
            Candidate(Mistakes.DerivativeMissingFactor, z => 1.0 - S(z)),
            Candidate(Mistakes.DerivativeMissingFactor, z => S(z) * S(z)),
            Candidate(Mistakes.DerivativeOfTanh, z => 1.0 - (Math.Tanh(z) * Math.Tanh(z))),
            Candidate(Mistakes.DerivativeWrongSign, z => S(z) * (S(z) - 1.0)),
            Candidate(Mistakes.DerivativeWrongSign, z => S(z) * (1.0 + S(z))),
            Candidate(Mistakes.SinglePrecision, z => AsFloat(S(z)) * (1.0 - AsFloat(S(z)))))
            ?? InFloat(learner, Values(z => ReferenceValues.SigmoidDerivative[z]))
            ?? CutOff();
    }

    // σ′(1) must not depend on which σ was computed before it: one kept from the last Sigmoid call
    // (in a static field) gives the slope at that call's input.
    private static bool KeptFromTheLastSigmoid()
    {
        Attempt(Activation.Sigmoid, -3.5);
        var afterOne = Attempt(Activation.SigmoidDerivative, 1.0);
        Attempt(Activation.Sigmoid, 2.0);
        var afterOther = Attempt(Activation.SigmoidDerivative, 1.0);
        return !afterOne.Equals(afterOther);
    }

    // A shortcut for saturated inputs is right up to some |z| and exactly 0 at every input beyond it;
    // below |z| = 2 the slope is too large (0.105 or more) for anyone to take it for flat.
    private static Mistake? CutOff()
    {
        double[] inputs = [.. Fixtures.SigmoidInputs, Fixtures.FarSigmoidInput];
        var learner = inputs.Select(z => Attempt(Activation.SigmoidDerivative, z)).ToArray();
        var wrong = inputs.Where((z, i) => !(Math.Abs(learner[i] - ReferenceValues.SigmoidDerivative[z]) <= Lesson.Tolerance)).ToList();
        if (wrong.Count == 0)
        {
            return null;
        }

        var from = wrong.Min(Math.Abs);
        var zeroBeyond = inputs.Select((z, i) => (z, value: learner[i])).Where(p => Math.Abs(p.z) >= from).All(p => p.value == 0.0);
        return from >= 2.0 && zeroBeyond ? Mistakes.DerivativeCutOff : null;
    }

    // The right function computed in float is a float at every input, each within single precision:
    // then a sum of two of its values (σ(1.7) + σ(−1.7)), no float itself, is named too. A double off by a
    // small, smooth amount everywhere (an ε added to the denominator) is no float, and is not.
    private static Mistake? InFloat(Matrix learner, Matrix right) =>
        Lesson.InSinglePrecision(right, learner) ? Mistakes.SinglePrecision : null;

    // 1 / (1 + c^(−z)) gives c = (1/σ − 1)^(−1/z) at every z ≠ 0: one c other than e (and other than
    // 1/e, the mirror) is a wrong base. Values within single precision of the right ones are not.
    private static Mistake? WrongBase(Matrix learner)
    {
        var right = Values(z => ReferenceValues.Sigmoid[z]);
        if (Enumerable.Range(0, right.Columns).All(i => Math.Abs(learner[0, i] - right[0, i]) <= 1e-6 * Math.Abs(right[0, i])))
        {
            return null;
        }

        var bases = Fixtures.SigmoidInputs.Select((z, i) => (z, s: learner[0, i])).Where(p => p.z != 0.0)
            .Select(p => p.s is > 0.0 and < 1.0 ? Math.Pow((1.0 / p.s) - 1.0, -1.0 / p.z) : double.NaN).ToList();
        var c = bases[0];
        var one = double.IsFinite(c) && c > 0 && bases.All(b => Math.Abs(b - c) <= 1e-6 * c);
        return one && Math.Abs(c - Math.E) > 1e-6 && Math.Abs(c - (1.0 / Math.E)) > 1e-6 ? Mistakes.SigmoidWrongBase : null;
    }

    // 1 / (1 + e^(−z) + ε) is ε away from the right reciprocal at every input, and σ(z) + ε from the
    // right value: one small constant either way. A float's rounding is no constant, and a wrong base
    // or a factor on z changes the difference with z.
    private static Mistake? Epsilon(Matrix learner)
    {
        var right = Values(z => ReferenceValues.Sigmoid[z]);
        var inputs = Enumerable.Range(0, right.Columns).Where(i => double.IsFinite(1.0 / right[0, i])).ToList();
        var inDenominator = inputs.Select(i => (1.0 / learner[0, i]) - (1.0 / right[0, i])).ToList();
        var added = inputs.Select(i => learner[0, i] - right[0, i]).ToList();
        return OneSmallConstant(inDenominator) || OneSmallConstant(added) ? Mistakes.SigmoidEpsilon : null;
    }

    private static bool OneSmallConstant(IReadOnlyList<double> differences)
    {
        var epsilon = differences[0];
        return epsilon != 0.0 && Math.Abs(epsilon) <= 1e-3 && differences.All(difference => Math.Abs(difference - epsilon) <= 1e-3 * Math.Abs(epsilon));
    }

    private static KnownMistake Candidate(Mistake mistake, Func<double, double> formula) => new(mistake, Values(formula));

    // The function at every input, NaN where it throws: a wrong function may fail at some of them.
    private static Matrix Values(Func<double, double> function) =>
        Matrix.FromFunction(1, Fixtures.SigmoidInputs.Count, (_, i) => Attempt(function, Fixtures.SigmoidInputs[i]));

    private static double Attempt(Func<double, double> function, double z)
    {
        try
        {
            return function(z);
        }
        catch (ArithmeticException)
        {
            return double.NaN;
        }
    }

    private static KnownMistake[] Named(Mistake? mistake) => mistake is null ? [] : [KnownMistake.Seen(mistake)];
}
