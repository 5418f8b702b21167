using System.Globalization;
using System.Text;

namespace NeuralKatas;

/// <summary>
/// A small dense matrix of doubles, stored row by row. Rows are samples: a data set of
/// n samples with d features is an n×d matrix. Every operation returns a new matrix and
/// leaves its inputs unchanged; only the indexer's setter writes in place.
/// </summary>
/// <remarks>
/// The operations (Matrix.Operations.cs) are plain loops over the backing arrays, without delegates
/// or modulo, because training calls them hundreds of thousands of times on tiny matrices
/// (docs/performance.md). Each one adds and multiplies in the same order as the obvious
/// definition, so results are bit-for-bit those of that definition; keep it so when editing.
/// </remarks>
public sealed partial class Matrix
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
