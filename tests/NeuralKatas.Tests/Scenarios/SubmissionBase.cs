namespace NeuralKatas.Tests.Scenarios;

/// <summary>What a scenario's submission starts from, before its own files are laid over it.</summary>
public enum SubmissionBase
{
    /// <summary>The reference solutions: solutions/&lt;kata&gt;/&lt;file&gt;.</summary>
    Solutions,

    /// <summary>The stubs as shipped: katas/&lt;kata&gt;/&lt;file&gt;.</summary>
    Stubs,
}
