using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NeuralKatas;

/// <summary>
/// A small dense matrix of doubles, stored row by row. Rows are samples: a data set of
/// n samples with d features is an n×d matrix. Every operation returns a new matrix and
/// leaves its inputs unchanged; only the indexer's setter writes in place.
/// </summary>
/// <remarks>
/// The operations are written as plain loops over the backing arrays, without delegates, modulo or
/// per-entry bounds checks, because training calls them hundreds of thousands of times on tiny
/// matrices (docs/performance.md). Each one adds and multiplies in the same order as the obvious
/// definition, so results are bit-for-bit those of that definition; keep it so when editing.
/// </remarks>
public sealed class Matrix
{
    private readonly double[] values;

    /// <summary>A rows×columns matrix of zeros.</summary>
    public Matrix(int rows, int columns)
        : this(rows, columns, new double[CheckedSize(rows, columns)])
    {
    }

    private Matrix(int rows, int columns, double[] values)
    {
        Rows = rows;
        Columns = columns;
        this.values = values;
    }

    /// <summary>The number of rows (samples).</summary>
    public int Rows { get; }

    /// <summary>The number of columns (features or nodes).</summary>
    public int Columns { get; }

    /// <summary>The shape as people write it, for example "4×2".</summary>
    public string Shape => $"{Rows}×{Columns}";

    /// <summary>The entry at a row and column, counted from zero.</summary>
    public double this[int row, int column]
    {
        get => values[IndexOf(row, column)];
        set => values[IndexOf(row, column)] = value;
    }

    /// <summary>A matrix from its rows; every row must have the same length and hold finite numbers.</summary>
    public static Matrix FromRows(double[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Length == 0 || rows[0].Length == 0)
        {
            throw new ArgumentException("A matrix needs at least one row and one column; the data given is empty.", nameof(rows));
        }

        var matrix = new Matrix(rows.Length, rows[0].Length);
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r].Length != matrix.Columns)
            {
                throw new ArgumentException(
                    $"Row {r} has {rows[r].Length} values but row 0 has {matrix.Columns}; every row needs the same length.", nameof(rows));
            }

            for (var c = 0; c < matrix.Columns; c++)
            {
                if (!double.IsFinite(rows[r][c]))
                {
                    throw new ArgumentException($"Entry [{r}, {c}] is {rows[r][c]}; data must be finite numbers.", nameof(rows));
                }

                matrix[r, c] = rows[r][c];
            }
        }

        return matrix;
    }

    /// <summary>A 1×n row vector, the shape a layer's bias has.</summary>
    public static Matrix RowVector(double[] values) => FromRows([values]);

    /// <summary>
    /// A rows×columns matrix whose entries come from <paramref name="entry"/>, called once per
    /// entry in row-major order: all of row 0 left to right, then row 1, and so on. That order
    /// is part of the contract, so drawing random numbers in it is reproducible.
    /// </summary>
    public static Matrix FromFunction(int rows, int columns, Func<int, int, double> entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entries = new double[CheckedSize(rows, columns)];
        var i = 0;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                entries[i++] = entry(r, c);
            }
        }

        return new Matrix(rows, columns, entries);
    }

    /// <summary>The matrix product this·other: (n×m)·(m×p) gives n×p.</summary>
    public Matrix Multiply(Matrix other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Columns != other.Rows)
        {
            throw new ArgumentException(
                $"Cannot multiply a {Shape} matrix by a {other.Shape} matrix: the first one's columns ({Columns}) must equal the second one's rows ({other.Rows}).",
                nameof(other));
        }

        int rows = Rows, inner = Columns, columns = other.Columns;
        var product = new double[rows * columns];

        // Every index below is in range because values.Length == Rows * Columns for every matrix
        // (the constructors guarantee it), so the loops skip the per-entry bounds checks.
        ref var left = ref MemoryMarshal.GetArrayDataReference(values);
        ref var right = ref MemoryMarshal.GetArrayDataReference(other.values);
        ref var result = ref MemoryMarshal.GetArrayDataReference(product);
        for (var r = 0; r < rows; r++)
        {
            ref var leftRow = ref Unsafe.Add(ref left, r * inner);
            for (var c = 0; c < columns; c++)
            {
                // Sum from k = 0 upwards, starting at 0.0: the same order as the definition.
                var sum = 0.0;
                for (var k = 0; k < inner; k++)
                {
                    sum += Unsafe.Add(ref leftRow, k) * Unsafe.Add(ref right, (k * columns) + c);
                }

                Unsafe.Add(ref result, (r * columns) + c) = sum;
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
            throw new ArgumentException(
                $"Cannot add a {row.Shape} matrix to every row of a {Shape} matrix: it must be a 1×{Columns} row vector.",
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

    /// <summary>A copy that shares nothing with this matrix.</summary>
    public Matrix Copy() => new(Rows, Columns, (double[])values.Clone());

    /// <summary>The entries as an array of rows (a copy).</summary>
    public double[][] ToRows()
    {
        var rows = new double[Rows][];
        for (var r = 0; r < Rows; r++)
        {
            rows[r] = values.AsSpan(r * Columns, Columns).ToArray();
        }

        return rows;
    }

    /// <summary>True when both have the same shape and every pair of entries differs by at most <paramref name="tolerance"/>.</summary>
    public bool ApproximatelyEquals(Matrix other, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Rows != other.Rows || Columns != other.Columns)
        {
            return false;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!(Math.Abs(values[i] - other.values[i]) <= tolerance))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The shape and the rows, for example "2×2 [[1, 0], [0, 1]]"; numbers in invariant culture.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Shape).Append(" [");
        for (var r = 0; r < Rows; r++)
        {
            text.Append(r == 0 ? "[" : ", [");
            for (var c = 0; c < Columns; c++)
            {
                text.Append(c == 0 ? string.Empty : ", ").Append(this[r, c].ToString("0.######", CultureInfo.InvariantCulture));
            }

            text.Append(']');
        }

        return text.Append(']').ToString();
    }

    // Checks that an element-wise operation's operands have the same shape, then gives the array for its result.
    private double[] NewForElementwise(Matrix other, string operation)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Rows != other.Rows || Columns != other.Columns)
        {
            throw new ArgumentException(
                $"Cannot {operation} a {Shape} matrix and a {other.Shape} matrix: element-wise operations need the same shape.",
                nameof(other));
        }

        return new double[values.Length];
    }

    private static int CheckedSize(int rows, int columns)
    {
        if (rows <= 0 || columns <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(rows), $"A matrix needs at least one row and one column; got {rows}×{columns}.");
        }

        return checked(rows * columns);
    }

    private int IndexOf(int row, int column)
    {
        if ((uint)row >= (uint)Rows || (uint)column >= (uint)Columns)
        {
            throw new IndexOutOfRangeException($"[{row}, {column}] is outside a {Shape} matrix.");
        }

        return row * Columns + column;
    }
}
