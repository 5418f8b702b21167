namespace NeuralKatas;

/// <summary>The operations the katas compute with; each returns a new matrix (see Matrix.cs for the type itself).</summary>
public sealed partial class Matrix
{
    /// <summary>The matrix product this·other: (n×m)·(m×p) gives n×p.</summary>
    public Matrix Multiply(Matrix other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Columns != other.Rows)
        {
            throw new ArgumentException(
                $"Cannot multiply a {Shape} matrix by a {other.Shape} matrix: the first one's columns ({Columns}) must equal the second one's rows ({other.Rows}).{FittingProduct(other)}",
                nameof(other));
        }

        int rows = Rows, inner = Columns, columns = other.Columns;
        var product = new double[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                // Sum from k = 0 upwards, starting at 0.0: the same order as the definition.
                var sum = 0.0;
                for (var k = 0; k < inner; k++)
                {
                    sum += values[(r * inner) + k] * other.values[(k * columns) + c];
                }

                product[(r * columns) + c] = sum;
            }
        }

        return new Matrix(rows, columns, product);
    }

    /// <summary>The transpose: entry [r, c] moves to [c, r].</summary>
    public Matrix Transpose()
    {
        int rows = Rows, columns = Columns;
        var source = values;
        var transposed = new double[source.Length];
        for (var r = 0; r < rows; r++)
        {
            // Row r of this matrix becomes column r of the transpose: [r, c] moves to [c, r].
            var row = source.AsSpan(r * columns, columns);
            for (var c = 0; c < row.Length; c++)
            {
                transposed[(c * rows) + r] = row[c];
            }
        }

        return new Matrix(Columns, Rows, transposed);
    }

    /// <summary>Element-wise sum; both matrices must have the same shape.</summary>
    public Matrix Add(Matrix other)
    {
        var combined = NewForElementwise(other, "add");
        ReadOnlySpan<double> left = values;
        var right = other.values.AsSpan(0, left.Length);
        for (var i = 0; i < left.Length; i++)
        {
            combined[i] = left[i] + right[i];
        }

        return new Matrix(Rows, Columns, combined);
    }

    /// <summary>Element-wise difference this − other; both matrices must have the same shape.</summary>
    public Matrix Subtract(Matrix other)
    {
        var combined = NewForElementwise(other, "subtract");
        ReadOnlySpan<double> left = values;
        var right = other.values.AsSpan(0, left.Length);
        for (var i = 0; i < left.Length; i++)
        {
            combined[i] = left[i] - right[i];
        }

        return new Matrix(Rows, Columns, combined);
    }

    /// <summary>Element-wise (Hadamard) product ⊙; both matrices must have the same shape.</summary>
    public Matrix MultiplyElementwise(Matrix other)
    {
        var combined = NewForElementwise(other, "multiply element-wise");
        ReadOnlySpan<double> left = values;
        var right = other.values.AsSpan(0, left.Length);
        for (var i = 0; i < left.Length; i++)
        {
            combined[i] = left[i] * right[i];
        }

        return new Matrix(Rows, Columns, combined);
    }

    /// <summary>Every entry multiplied by <paramref name="factor"/>.</summary>
    public Matrix Scale(double factor)
    {
        var source = values;
        var scaled = new double[source.Length];
        for (var i = 0; i < scaled.Length; i++)
        {
            scaled[i] = source[i] * factor;
        }

        return new Matrix(Rows, Columns, scaled);
    }

    /// <summary>A function applied to every entry.</summary>
    public Matrix Map(Func<double, double> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var source = values;
        var mapped = new double[source.Length];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = function(source[i]);
        }

        return new Matrix(Rows, Columns, mapped);
    }

    /// <summary>
    /// Adds a 1×columns row vector to every row: the broadcast that adds a layer's bias to
    /// each sample's weighted sum.
    /// </summary>
    public Matrix AddRowVector(Matrix row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Rows != 1 || row.Columns != Columns)
        {
            var column = row.Columns == 1 && row.Rows == Columns
                ? $" It is a column vector: a transposed bias. A bias is a 1×{Columns} row, one entry per node."
                : string.Empty;
            throw new ArgumentException(
                $"Cannot add a {row.Shape} matrix to every row of a {Shape} matrix: it must be a 1×{Columns} row vector.{column}",
                nameof(row));
        }

        var source = values;
        var sum = new double[source.Length];
        ReadOnlySpan<double> bias = row.values;
        for (var start = 0; start < sum.Length; start += bias.Length)
        {
            // One sample (row) at a time: the slices let the JIT drop the bounds checks.
            var sampleIn = source.AsSpan(start, bias.Length);
            var sampleOut = sum.AsSpan(start, bias.Length);
            for (var c = 0; c < bias.Length; c++)
            {
                sampleOut[c] = sampleIn[c] + bias[c];
            }
        }

        return new Matrix(Rows, Columns, sum);
    }

    /// <summary>The 1×columns row vector of each column's sum (summing over the samples).</summary>
    public Matrix SumColumns()
    {
        var sums = new double[Columns];
        var source = values;
        for (var start = 0; start < source.Length; start += sums.Length)
        {
            // Rows in order, so each column's sum adds its entries top to bottom, starting at 0.0.
            var sample = source.AsSpan(start, sums.Length);
            for (var c = 0; c < sums.Length; c++)
            {
                sums[c] += sample[c];
            }
        }

        return new Matrix(1, Columns, sums);
    }

    /// <summary>The sum of every entry.</summary>
    public double Sum()
    {
        // Left to right from 0.0, the order Enumerable.Sum uses for doubles, without its enumerator checks.
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    // Most shape errors in a network are one transposed matrix or a product written the wrong way
    // round; say which one would fit, so the message points at the fix (tests match "transposed").
    private string FittingProduct(Matrix other)
    {
        if (Columns == other.Columns)
        {
            return $" The second one transposed ({other.Columns}×{other.Rows}) would fit: is it transposed?";
        }

        if (Rows == other.Rows)
        {
            return $" The first one transposed ({Columns}×{Rows}) would fit: is it transposed?";
        }

        return other.Columns == Rows
            ? " The product the other way round would fit: are the two in the wrong order?"
            : string.Empty;
    }

    // Checks that an element-wise operation's operands have the same shape, then gives the array for its result.
    private double[] NewForElementwise(Matrix other, string operation)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Rows != other.Rows || Columns != other.Columns)
        {
            // A 1×columns row here is most often a bias that belongs in AddRowVector; say so.
            var row = other.Rows == 1 && other.Columns == Columns
                ? $" A 1×{Columns} row is added to every row (a bias to every sample) with AddRowVector."
                : string.Empty;
            throw new ArgumentException(
                $"Cannot {operation} a {Shape} matrix and a {other.Shape} matrix: element-wise operations need the same shape.{row}",
                nameof(other));
        }

        return new double[values.Length];
    }
}
