using System.Reflection;

namespace NeuralKatas.Testing;

/// <summary>
/// The catalogue of mistakes the kata tests can name, one partial file per kata plus the ones
/// every kata shares (this file). A test names a mistake only when its symptom cannot come from
/// another one; where two mistakes produce the same values, one entry says both honestly.
/// </summary>
public static partial class Mistakes
{
    /// <summary>A matrix that is the transpose of the one wanted (or one transposed operand in a product).</summary>
    public static Mistake TransposedMatrix { get; } = new(
        "transposed-matrix",
        "a transposed matrix: check which side of each product the transpose belongs on. Shapes must chain, (n×m)·(m×p) gives n×p, and a weight matrix is fan-in × fan-out.",
        "the result has the expected shape turned around, or the given library reports that a transposed operand would fit");

    /// <summary>A product written the wrong way round.</summary>
    public static Mistake ProductOrder { get; } = new(
        "product-in-the-wrong-order",
        "a matrix product the wrong way round: B·A instead of A·B. Rows are samples, so the data goes on the left: X·W1, H·W2.",
        "the given library reports that the product the other way round would fit");

    /// <summary>A bias made as a column where a row vector belongs.</summary>
    public static Mistake BiasAsColumn { get; } = new(
        "bias-as-a-column",
        "a bias made as a column: a bias is a 1 × fan-out row vector, one entry per node of its layer.",
        "the given Layer or AddRowVector reports a fan-out × 1 bias, or a bias gradient is fan-out × 1");

    /// <summary>A matrix the function was given, changed through the indexer.</summary>
    public static Mistake InputMutatedInPlace { get; } = new(
        "input-mutated-in-place",
        "inputs mutated in place: the function wrote into a matrix it was given (through the indexer). Build new matrices instead: Subtract, Scale, Map and the rest all return new ones.",
        "a copy taken before the call differs from the matrix after it");

    /// <summary>A result that depends on earlier calls: a static field, a cache, a list shared between calls.</summary>
    public static Mistake StateBetweenCalls { get; } = new(
        "state-between-calls",
        "your code keeps something from one call to the next (a static field, a cache, a list shared between calls), so a call's answer depends on the calls before it: compute each result from this call's arguments alone, in new objects.",
        "the same call made twice gives two different answers, a call with other arguments gives the answer of the call before it, or a call changes a result an earlier call returned");

    /// <summary>Arithmetic in float (or MathF) where double is needed.</summary>
    public static Mistake SinglePrecision { get; } = new(
        "single-precision",
        "the right formula in single precision: float and MathF keep about 7 digits, and these tests compare 9. Use double and Math.",
        "every entry agrees with the expected value to about 1e-6 (relative) but not to 1e-9");

    /// <summary>A bias added with Add, which needs two matrices of one shape.</summary>
    public static Mistake BiasAddedElementwise { get; } = new(
        "bias-added-elementwise",
        "a bias added with Add: Add needs two matrices of the same shape. A bias is a 1 × fan-out row added to every sample (row) with AddRowVector.",
        "the given library reports an element-wise operation between a matrix and a 1 × its-columns row");

    /// <summary>A matrix product where the element-wise one belongs.</summary>
    public static Mistake ProductForElementwise { get; } = new(
        "product-for-elementwise",
        "a matrix product where the element-wise one belongs: ⊙ multiplies entry by entry, MultiplyElementwise; Multiply is the matrix product, (n×m)·(m×p).",
        "the given library reports a product of two matrices of one shape, both samples × nodes, where the sizes all differ");

    /// <summary>An element-wise product where the matrix product belongs.</summary>
    public static Mistake ElementwiseForProduct { get; } = new(
        "elementwise-for-product",
        "an element-wise product where the matrix product belongs: a layer's inputs meet its weights in a matrix product, Multiply (X·W1, H·W2, δ2·W2ᵀ); MultiplyElementwise (⊙) multiplies two matrices of one shape entry by entry, as with σ′.",
        "the given library reports an element-wise operation between a weight matrix and the data or a layer's samples × nodes matrix");

    /// <summary>A result rounded to a few decimals.</summary>
    public static Mistake RoundedResult { get; } = new(
        "rounded-result",
        "you rounded the result (Math.Round, or a round trip through text): return the full double. Rounding is for printing, and these tests compare 9 digits.",
        "every entry equals the expected value rounded to the same number of decimals");

    /// <summary>Every mistake in the catalogue, for the project's own checks (unique ids, every mutation named).</summary>
    /// <remarks>Computed on each call: the partial files' initialisers run in no promised order.</remarks>
    public static IReadOnlyList<Mistake> All =>
        [.. typeof(Mistakes).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(Mistake))
            .Select(property => (Mistake)property.GetValue(null)!)];
}
