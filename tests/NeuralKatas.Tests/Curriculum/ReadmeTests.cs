using System.Globalization;
using System.Text.RegularExpressions;
using NeuralKatas.Testing;

namespace NeuralKatas.Tests.Curriculum;

/// <summary>The why in every kata README: the network's picture and shapes, and numbers that are the reference's own.</summary>
[TestFixture]
public sealed partial class ReadmeTests
{
    [TestCaseSource(typeof(KataRun), nameof(KataRun.EachKata))]
    public void Every_kata_README_draws_the_2_4_1_network_and_its_shapes(string kataId)
    {
        var readme = Readme(kataId);

        Assert.That(readme, Does.Contain("```mermaid\nflowchart LR"));
        Assert.That(readme, Does.Contain("x1 & x2 --> h1 & h2 & h3 & h4").And.Contain("h1 & h2 & h3 & h4 --> y"));
        Assert.That(readme, Does.Contain("| hidden | Z1 = X·W1 + b1, H = σ(Z1) | (4×2)·(2×4) + 1×4 → 4×4 |"));
        Assert.That(readme, Does.Contain("| back | ∂W1 = Xᵀ·δ1, ∂b1 = column sums of δ1 | (2×4)·(4×4) → 2×4, 1×4 |"));
    }

    [Test]
    public void The_sigmoid_worked_example_is_what_the_reference_computes()
    {
        var rows = TableRow().Matches(Readme("01-sigmoid")).Where(m => double.TryParse(Minus(m.Groups["z"].Value), CultureInfo.InvariantCulture, out var z) && ReferenceValues.Sigmoid.ContainsKey(z)).ToList();

        Assert.That(rows, Has.Count.GreaterThanOrEqualTo(3));
        foreach (var row in rows)
        {
            var z = double.Parse(Minus(row.Groups["z"].Value), CultureInfo.InvariantCulture);
            Assert.That(double.Parse(row.Groups["s"].Value, CultureInfo.InvariantCulture), Is.EqualTo(ReferenceValues.Sigmoid[z]).Within(5e-7), $"σ({z})");
            if (row.Groups["d"].Value.Length > 0)
            {
                Assert.That(double.Parse(row.Groups["d"].Value, CultureInfo.InvariantCulture), Is.EqualTo(ReferenceValues.SigmoidDerivative[z]).Within(5e-7), $"σ′({z})");
            }
        }
    }

    [Test]
    public void Backpropagation_derives_the_chain_rule_and_explains_the_seeds_derivative_with_the_reference_numbers()
    {
        var readme = Readme("04-backprop");

        Assert.That(readme, Does.Contain("∂L/∂Ŷ = Ŷ − Y").And.Contain("∂L/∂Z2 = (Ŷ − Y) ⊙ σ′(Z2)").And.Contain("∂L/∂H = δ2·W2ᵀ").And.Contain("δ1 = ∂L/∂Z1 = (δ2·W2ᵀ) ⊙ σ′(Z1)"));
        Assert.That(readme, Does.Contain($"0.25 (at 0) to {Three(ReferenceValues.SigmoidDerivative[1.0])} (at 1)"));
        Assert.That(readme, Does.Contain($"at z = 4\nit is {Three(ReferenceValues.SigmoidDerivative[4.0])}").Or.Contain($"at z = 4 it is {Three(ReferenceValues.SigmoidDerivative[4.0])}"));
        Assert.That(readme, Does.Contain($"({Three(ReferenceValues.SigmoidDerivativeOfSigmoid[4.0])} at z = 4)"));
    }

    private static string Readme(string kataId) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Course.KataDirectory(RepositoryRoot.Course.Manifest.Find(kataId)), "README.md")).ReplaceLineEndings("\n");

    private static string Three(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    private static string Minus(string number) => number.Replace('−', '-');

    [GeneratedRegex(@"^\| (?<z>[−\-]?[0-9.]+) \| (?<s>[0-9.]+) \| (?<d>[0-9.]*) ?\|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
