namespace NeuralKatas.Tests.Given;

[TestFixture]
public sealed class MatrixTests
{
    private static Matrix A() => Matrix.FromRows([[1, 2, 3], [4, 5, 6]]);

    [Test]
    public void Multiply_gives_the_matrix_product()
    {
        var b = Matrix.FromRows([[1, 0], [0, 1], [2, -1]]);

        var product = A().Multiply(b);

        Assert.That(product.ToRows(), Is.EqualTo(new[] { new double[] { 7, -1 }, [16, -1] }));
    }

    [Test]
    public void Multiplying_mismatched_shapes_names_both_shapes()
    {
        Assert.That(() => A().Multiply(A()),
            Throws.ArgumentException.With.Message.Contains("2×3").And.Message.Contains("columns (3) must equal the second one's rows (2)"));
    }

    [Test]
    public void Element_wise_operations_on_mismatched_shapes_name_both_shapes()
    {
        var other = new Matrix(3, 2);

        Assert.That(() => A().Add(other), Throws.ArgumentException.With.Message.Contains("2×3").And.Message.Contains("3×2"));
        Assert.That(() => A().Subtract(other), Throws.ArgumentException.With.Message.Contains("2×3").And.Message.Contains("3×2"));
        Assert.That(() => A().MultiplyElementwise(other), Throws.ArgumentException.With.Message.Contains("2×3").And.Message.Contains("3×2"));
    }

    [Test]
    public void Transpose_swaps_rows_and_columns()
    {
        Assert.That(A().Transpose().ToRows(), Is.EqualTo(new[] { new double[] { 1, 4 }, [2, 5], [3, 6] }));
    }

    [Test]
    public void Element_wise_operations_pair_entries()
    {
        var b = Matrix.FromRows([[1, 1, 1], [2, 2, 2]]);

        Assert.That(A().Add(b).ToRows(), Is.EqualTo(new[] { new double[] { 2, 3, 4 }, [6, 7, 8] }));
        Assert.That(A().Subtract(b).ToRows(), Is.EqualTo(new[] { new double[] { 0, 1, 2 }, [2, 3, 4] }));
        Assert.That(A().MultiplyElementwise(b).ToRows(), Is.EqualTo(new[] { new double[] { 1, 2, 3 }, [8, 10, 12] }));
        Assert.That(A().Scale(-0.5).ToRows(), Is.EqualTo(new[] { new double[] { -0.5, -1, -1.5 }, [-2, -2.5, -3] }));
        Assert.That(A().Map(x => x * x).ToRows(), Is.EqualTo(new[] { new double[] { 1, 4, 9 }, [16, 25, 36] }));
    }

    [Test]
    public void AddRowVector_adds_the_vector_to_every_row()
    {
        var sum = A().AddRowVector(Matrix.RowVector([10, 20, 30]));

        Assert.That(sum.ToRows(), Is.EqualTo(new[] { new double[] { 11, 22, 33 }, [14, 25, 36] }));
    }

    [Test]
    public void AddRowVector_rejects_a_column_vector_naming_the_shape_it_needs()
    {
        Assert.That(() => A().AddRowVector(Matrix.FromRows([[1], [2], [3]])),
            Throws.ArgumentException.With.Message.Contains("3×1").And.Message.Contains("1×3 row vector"));
    }

    [Test]
    public void SumColumns_sums_over_the_samples()
    {
        Assert.That(A().SumColumns().ToRows(), Is.EqualTo(new[] { new double[] { 5, 7, 9 } }));
        Assert.That(A().Sum(), Is.EqualTo(21));
    }

    [Test]
    public void Operations_leave_their_operands_unchanged()
    {
        var a = A();
        var b = Matrix.FromRows([[1, 1, 1], [2, 2, 2]]);

        _ = a.Add(b).Subtract(b).MultiplyElementwise(b).Scale(3).Map(x => -x).Transpose();

        Assert.That(a.ToRows(), Is.EqualTo(A().ToRows()));
        Assert.That(b.ToRows(), Is.EqualTo(new[] { new double[] { 1, 1, 1 }, [2, 2, 2] }));
    }

    [Test]
    public void FromFunction_fills_row_by_row()
    {
        var order = 0;

        var filled = Matrix.FromFunction(2, 3, (_, _) => order++);

        Assert.That(filled.ToRows(), Is.EqualTo(new[] { new double[] { 0, 1, 2 }, [3, 4, 5] }));
    }

    [Test]
    public void Copy_shares_nothing_with_the_original()
    {
        var a = A();
        var copy = a.Copy();

        copy[0, 0] = 100;

        Assert.That(a[0, 0], Is.EqualTo(1));
    }

    [Test]
    public void ToString_shows_the_shape_and_rows()
    {
        Assert.That(Matrix.FromRows([[1, 0.5], [-2, 1e-7]]).ToString(), Is.EqualTo("2×2 [[1, 0.5], [-2, 0]]"));
    }

    [Test]
    public void ApproximatelyEquals_respects_shape_and_tolerance()
    {
        var a = A();
        var near = a.Map(x => x + 1e-10);

        Assert.That(a.ApproximatelyEquals(near, 1e-9), Is.True);
        Assert.That(a.ApproximatelyEquals(near, 1e-11), Is.False);
        Assert.That(a.ApproximatelyEquals(a.Transpose(), 1), Is.False);
        Assert.That(a.ApproximatelyEquals(a.Map(_ => double.NaN), 1), Is.False);
    }

    [TestCase(0, 3)]
    [TestCase(2, 0)]
    [TestCase(-1, 1)]
    public void A_matrix_needs_at_least_one_row_and_column(int rows, int columns)
    {
        Assert.That(() => new Matrix(rows, columns), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains($"{rows}×{columns}"));
    }

    [Test]
    public void Empty_ragged_or_non_finite_data_is_rejected_with_the_reason()
    {
        Assert.That(() => Matrix.FromRows([]), Throws.ArgumentException.With.Message.Contains("empty"));
        Assert.That(() => Matrix.FromRows([[1, 2], [3]]), Throws.ArgumentException.With.Message.Contains("Row 1 has 1 values but row 0 has 2"));
        Assert.That(() => Matrix.FromRows([[1, double.NaN]]), Throws.ArgumentException.With.Message.Contains("[0, 1] is NaN"));
        Assert.That(() => Matrix.RowVector([double.PositiveInfinity]), Throws.ArgumentException.With.Message.Contains("finite"));
    }

    [Test]
    public void Reading_outside_the_matrix_names_the_index_and_shape()
    {
        Assert.That(() => A()[2, 0], Throws.TypeOf<IndexOutOfRangeException>().With.Message.Contains("[2, 0] is outside a 2×3 matrix"));
    }
}
