namespace NeuralKatas.Grader.Sandbox;

/// <summary>A single host file the sandboxed process may write, seen inside the sandbox at <paramref name="PathInside"/>.</summary>
/// <param name="HostPath">The file on the host; it must exist before the sandbox starts.</param>
/// <param name="PathInside">Where the sandboxed process finds it, for example /result.</param>
public sealed record SandboxFile(string HostPath, string PathInside);
