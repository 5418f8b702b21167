namespace NeuralKatas.Grader.CompileServer;

/// <summary>How one request to a compile server ended: only the first two can be the source's doing.</summary>
internal enum ExchangeEnd
{
    /// <summary>The server answered (a compiled kata, or a failure it caught, such as running out of stack).</summary>
    Answered,

    /// <summary>The server worked on it for longer than its CPU budget, and was stopped.</summary>
    OverBudget,

    /// <summary>The server did no work at all for as long as the budget: a starved or stuck process, not a compile.</summary>
    Stalled,

    /// <summary>The server's process ended before it answered (a stack overflow's report on standard error tells whether the compile did it).</summary>
    Died,
}
