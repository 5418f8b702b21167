using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Server;

/// <summary>What asking a grade server gave.</summary>
/// <param name="Report">The server's report, or null: the client grades the submission itself.</param>
/// <param name="NobodyListening">True when no server took the connection: one should be started for next time.</param>
public sealed record ServerAnswer(GradeReport? Report, bool NobodyListening)
{
    /// <summary>No server took the connection.</summary>
    public static ServerAnswer Unreachable { get; } = new(null, true);

    /// <summary>A server took the connection but gave no usable report.</summary>
    public static ServerAnswer Unusable { get; } = new(null, false);
}
