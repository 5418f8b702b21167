namespace NeuralKatas.Grader.Compilation;

/// <summary>One kind of API a kata has no business using: its diagnostic id and the reason, in plain words.</summary>
/// <param name="Id">The diagnostic id, NK0001 and on.</param>
/// <param name="Reason">What using it amounts to and why a kata does not need it; follows the name of what was used.</param>
internal sealed record ForbiddenApiRule(string Id, string Reason)
{
    public static ForbiddenApiRule FileSystem { get; } =
        new("NK0001", "is file system access; a kata's code only computes with the Matrix it is given.");

    public static ForbiddenApiRule Processes { get; } =
        new("NK0002", "starts or controls processes; a kata's code only computes with the Matrix it is given.");

    public static ForbiddenApiRule Reflection { get; } =
        new("NK0003", "is reflection; a kata's code calls the given library directly, by name.");

    public static ForbiddenApiRule Interop { get; } =
        new("NK0004", "is native interop; a kata's code is plain managed C#.");

    public static ForbiddenApiRule UnsafeCode { get; } =
        new("NK0005", "is unsafe code; a kata needs no pointers, only the Matrix it is given.");

    public static ForbiddenApiRule Network { get; } =
        new("NK0006", "is network access; a kata's code only computes with the Matrix it is given.");

    public static ForbiddenApiRule AssemblyLoading { get; } =
        new("NK0007", "loads code at run time; a kata's code is compiled with the course and nothing else.");

    public static ForbiddenApiRule ProcessControl { get; } =
        new("NK0008", "ends the process or changes its environment; a kata answers through its return values and the tests decide.");

    public static ForbiddenApiRule Threads { get; } =
        new("NK0009", "starts or controls threads; a kata's code computes on the test's own thread.");

    public static ForbiddenApiRule TestSupport { get; } =
        new("NK0010", "is the tests' own reference code; a kata must compute its answer itself.");
}
