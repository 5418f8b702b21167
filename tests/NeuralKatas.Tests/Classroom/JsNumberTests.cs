namespace NeuralKatas.Tests.Classroom;

/// <summary>The model prints numbers as JavaScript does (values checked under node 20).</summary>
[TestFixture]
public sealed class JsNumberTests
{
    [TestCase(50.000000000000014, "50.000000000000014")]
    [TestCase(39.99999999999999, "39.99999999999999")]
    [TestCase(50.0, "50")]
    [TestCase(0.1 + 0.2, "0.30000000000000004")]
    [TestCase(0.00001, "0.00001")]
    [TestCase(1e-7, "1e-7")]
    [TestCase(1e21, "1e+21")]
    [TestCase(123456789012345680000.0, "123456789012345680000")]
    [TestCase(2.9166666666666665, "2.9166666666666665")]
    public void Numbers_print_as_String_of_a_number_does(double value, string expected) =>
        Assert.That(JsNumber.ToString(value), Is.EqualTo(expected));

    [TestCase(2.9166666666666665, "2.92")]
    [TestCase(1.005, "1.00")]
    [TestCase(0.125, "0.13")]
    [TestCase(10.0, "10.00")]
    [TestCase(0.0, "0.00")]
    public void Fixed_two_decimals_round_the_exact_binary_value_as_toFixed_does(double value, string expected) =>
        Assert.That(JsNumber.ToFixed(value, 2), Is.EqualTo(expected));
}
