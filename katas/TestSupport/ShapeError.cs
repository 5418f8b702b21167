using System.Globalization;
using System.Text.RegularExpressions;

namespace NeuralKatas.Testing;

/// <summary>
/// What a shape error of the given library (Matrix, Layer, Network) says: which check failed and
/// the shapes of its two operands, in the order the learner's code wrote them. A test that knows
/// the sizes it used can tell from these which matrix each operand is.
/// </summary>
/// <param name="Operation">The check that failed.</param>
/// <param name="Left">The first operand's shape (rows, columns); see <see cref="ShapeOperation"/> for each check.</param>
/// <param name="Right">The second operand's shape.</param>
public sealed record ShapeError(ShapeOperation Operation, (int Rows, int Columns) Left, (int Rows, int Columns) Right)
{
    // The given library's own messages (katas/Given). Plain Regex, not [GeneratedRegex]: the grader
    // compiles the test support in memory, without source generators.
    private static readonly Regex Multiply = new(@"^Cannot multiply a (\d+)×(\d+) matrix by a (\d+)×(\d+) matrix", RegexOptions.CultureInvariant);
    private static readonly Regex AddRowVector = new(@"^Cannot add a (\d+)×(\d+) matrix to every row of a (\d+)×(\d+) matrix", RegexOptions.CultureInvariant);
    private static readonly Regex Elementwise = new(@"^Cannot (add|subtract|multiply element-wise) a (\d+)×(\d+) matrix and a (\d+)×(\d+) matrix", RegexOptions.CultureInvariant);
    private static readonly Regex Layer = new(@"^A layer with (\d+)×(\d+) weights needs a [^;]*; got (\d+)×(\d+)\.", RegexOptions.CultureInvariant);

    // The hidden layer's node count is kept as a 1 × nodes row: the shape of its bias.
    private static readonly Regex Network = new(@"^The hidden layer has (\d+) nodes, so the output weights need \d+ rows; got (\d+)×(\d+)\.", RegexOptions.CultureInvariant);

    /// <summary>
    /// For an element-wise operation, which one: "add", "subtract" or "multiply element-wise" (empty
    /// for the other checks). An Add is not a product meant as one: in a forward pass it adds a bias.
    /// </summary>
    public string Verb { get; private init; } = string.Empty;

    /// <summary>True for MultiplyElementwise (⊙), the one element-wise operation that can stand for a product.</summary>
    public bool IsElementwiseProduct => Verb == "multiply element-wise";

    /// <summary>The error in <paramref name="message"/>, or null when it is not one of the given library's shape errors.</summary>
    public static ShapeError? Parse(string message)
    {
        ArgumentNullException.ThrowIfNull(message);

        return Read(Multiply, message, m => new(ShapeOperation.Multiply, Shape(m, 1), Shape(m, 3)))
            ?? Read(AddRowVector, message, m => new(ShapeOperation.AddRowVector, Shape(m, 3), Shape(m, 1)))
            ?? Read(Elementwise, message, m => new(ShapeOperation.Elementwise, Shape(m, 2), Shape(m, 4)) { Verb = m.Groups[1].Value })
            ?? Read(Layer, message, m => new(ShapeOperation.Layer, Shape(m, 1), Shape(m, 3)))
            ?? Read(Network, message, m => new(ShapeOperation.Network, Shape(m, 2), (1, Number(m, 1))));
    }

    private static ShapeError? Read(Regex pattern, string message, Func<Match, ShapeError> read)
    {
        var match = pattern.Match(message);
        return match.Success ? read(match) : null;
    }

    private static (int Rows, int Columns) Shape(Match match, int group) => (Number(match, group), Number(match, group + 1));

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
