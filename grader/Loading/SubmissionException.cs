namespace NeuralKatas.Grader.Loading;

/// <summary>
/// A submission that cannot be graded as given: missing, of the wrong kind, without kata folders,
/// or a zip that is unreadable or unsafe. The message is written for the teacher who ran the grader.
/// </summary>
public sealed class SubmissionException : Exception
{
    /// <summary>A submission error with a message for people.</summary>
    public SubmissionException(string message)
        : base(message)
    {
    }

    /// <summary>A submission error caused by <paramref name="innerException"/>.</summary>
    public SubmissionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
