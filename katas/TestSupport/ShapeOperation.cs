namespace NeuralKatas.Testing;

/// <summary>Which check of the given library a shape error comes from (see <see cref="ShapeError"/>).</summary>
public enum ShapeOperation
{
    /// <summary>Matrix.Multiply: Left·Right.</summary>
    Multiply,

    /// <summary>Matrix.AddRowVector: the row Right added to every row of Left.</summary>
    AddRowVector,

    /// <summary>Add, Subtract or MultiplyElementwise: Left and Right must have one shape.</summary>
    Elementwise,

    /// <summary>The Layer constructor: Left is the weights, Right the bias.</summary>
    Layer,

    /// <summary>The Network constructor: Left is the output weights, Right.Columns the hidden layer's node count.</summary>
    Network,
}
