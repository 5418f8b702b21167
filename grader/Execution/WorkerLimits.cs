using NeuralKatas.Grader.Sandbox;

namespace NeuralKatas.Grader.Execution;

/// <summary>The hard limits a worker process runs learner code under.</summary>
/// <param name="TimePerKata">Wall-clock time one kata's tests may take before the worker is killed.</param>
/// <param name="MemoryBytes">The worker's GC heap limit; the supervisor also kills a worker whose processes together grow past twice this.</param>
/// <param name="OutputBytes">How much the worker may write to stdout and stderr together before it is killed.</param>
public sealed record WorkerLimits(TimeSpan TimePerKata, long MemoryBytes, long OutputBytes)
{
    /// <summary>10 s per kata (the reference needs well under 1 s), 512 MiB, 1 MiB of output, in this machine's sandbox if it has one.</summary>
    public static WorkerLimits Default { get; } = ThisMachines();

    private Lazy<SandboxPolicy?> sandbox = new(() => null);

    // True while the sandbox is "whatever this machine has" (the default), not one chosen by a command.
    private bool machines;

    /// <summary>
    /// The operating-system sandbox every worker runs in, or null to run them unprotected. The
    /// default limits look for this machine's sandbox when it is first asked for (that starts a
    /// trial sandbox): a learner's command answered from the cache starts no worker and needs none.
    /// </summary>
    public SandboxPolicy? Sandbox
    {
        get => sandbox.Value;
        init
        {
            sandbox = new(() => value);
            machines = false;
        }
    }

    /// <summary>
    /// True while <see cref="Sandbox"/> is still this machine's sandbox, whatever that turns out to
    /// be, and nobody has looked yet (a learner's own command): a grade server can then use its own
    /// finding, and this process starts no trial sandbox. Once looked at (`grade PATH` must know
    /// there is one) or chosen (--no-sandbox), the sandbox is decided and travels as such.
    /// </summary>
    public bool SandboxUndecided => machines && !sandbox.IsValueCreated;

    /// <summary>The default limits, with this machine's sandbox not looked for yet (tests make a fresh one; everything else uses <see cref="Default"/>).</summary>
    internal static WorkerLimits ThisMachines() =>
        new(TimeSpan.FromSeconds(10), 512L << 20, 1L << 20) { sandbox = new(() => SandboxAvailability.Current.Policy), machines = true };
}
