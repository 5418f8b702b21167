namespace NeuralKatas.Grader.Learner;

/// <summary>What can wake the watch up: a save, or a key the learner pressed.</summary>
public enum WatchSignal
{
    /// <summary>A kata file was saved (after the debounce).</summary>
    Changed,

    /// <summary>Check the current kata again ([r] or Enter).</summary>
    Rerun,

    /// <summary>Show the next hint of the current kata ([h]).</summary>
    Hint,

    /// <summary>Show every kata with its state ([l]).</summary>
    List,

    /// <summary>Stop watching ([q], Ctrl+C, or the end of input in manual mode).</summary>
    Quit,
}
