namespace NeuralKatas.Tests.Sandbox;

/// <summary>
/// Kata 01's reference solution (C# or F#) with hostile code run on the first call to Sigmoid: it
/// tries every attack on <see cref="HostileTargets"/> through the plain .NET APIs, fully qualified,
/// then fails that test with a message that starts with <see cref="Marker"/> and carries whatever
/// it read. So the report shows that the code ran, and any secret it could read would be in it.
/// </summary>
public static class HostileCode
{
    /// <summary>How the hostile code's failure message starts.</summary>
    public const string Marker = "HOSTILE-RAN";

    /// <summary>The hostile Activation.cs.</summary>
    public static string CSharp(HostileTargets targets)
    {
        var solution = File.ReadAllText(Path.Combine(RepositoryRoot.Course.SolutionsDirectory, "01-sigmoid", "Activation.cs"));
        var attempts = string.Concat(Attacks(targets).Select(attack => $"        Try(log, \"{attack.Name}\", () => {attack.CSharp});\n"));
        var mischief = $$"""
            internal static class Mischief
            {
                private static bool done;

                public static void Once()
                {
                    if (done)
                    {
                        return;
                    }

                    done = true;
                    var log = new System.Text.StringBuilder("{{Marker}}");
            {{attempts}}        throw new System.InvalidOperationException(log.ToString());
                }

                private static void Try(System.Text.StringBuilder log, string what, System.Action action)
                {
                    try
                    {
                        action();
                        log.Append(' ').Append(what).Append("=done");
                    }
                    catch (System.Exception error)
                    {
                        log.Append(' ').Append(what).Append('=').Append(error.GetType().Name);
                    }
                }
            }

            """;
        return Once(solution, "    public static double Sigmoid(double z)\n    {\n", "    public static double Sigmoid(double z)\n    {\n        Mischief.Once();\n")
            .Replace("/// <summary>The sigmoid activation and its derivative.</summary>", mischief + "/// <summary>The sigmoid activation and its derivative.</summary>", StringComparison.Ordinal);
    }

    /// <summary>The hostile fsharp/Activation.fs.</summary>
    public static string FSharp(HostileTargets targets)
    {
        var solution = File.ReadAllText(Path.Combine(RepositoryRoot.Course.SolutionsDirectory, "01-sigmoid", "fsharp", "Activation.fs"));
        var attempts = string.Concat(Attacks(targets).Select(attack => $"            attempt log \"{attack.Name}\" (fun () -> {attack.FSharp})\n"));
        var mischief = $$"""
            module internal Mischief =
                let mutable private ran = false

                let private attempt (log: System.Text.StringBuilder) (what: string) (action: unit -> unit) =
                    try
                        action ()
                        log.Append(" ").Append(what).Append("=done") |> ignore
                    with error ->
                        log.Append(" ").Append(what).Append("=").Append(error.GetType().Name) |> ignore

                let once () =
                    if not ran then
                        ran <- true
                        let log = System.Text.StringBuilder("{{Marker}}")
            {{attempts}}            failwith (log.ToString())

            """;
        return Once(solution, "    let Sigmoid (z: float) : float =\n", "    let Sigmoid (z: float) : float =\n        Mischief.once ()\n")
            .Replace("/// The sigmoid activation and its derivative.", mischief + "/// The sigmoid activation and its derivative.", StringComparison.Ordinal);
    }

    private static string Once(string text, string find, string replace)
    {
        Assert.That(text.Split(find).Length, Is.EqualTo(2), $"The reference solution no longer holds exactly one '{find.Trim()}'.");
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Name, string CSharp, string FSharp)> Attacks(HostileTargets targets)
    {
        foreach (var (canary, index) in targets.Canaries.Select((c, i) => (c, i)))
        {
            yield return ($"write-{index}", $"System.IO.File.WriteAllText(\"{canary}\", \"x\")", $"System.IO.File.WriteAllText(\"{canary}\", \"x\")");
        }

        var other = targets.OtherSubmissionFile;
        yield return ("overwrite-other", $"System.IO.File.WriteAllText(\"{other}\", \"overwritten\")", $"System.IO.File.WriteAllText(\"{other}\", \"overwritten\")");
        foreach (var (file, name) in new[] { (HostileTargets.SolutionFile, "read-solution"), (Path.Combine(targets.HiddenTests, "01-sigmoid", "HiddenTests.cs"), "read-hidden"), (other, "read-other") })
        {
            yield return (name, $"log.Append(System.IO.File.ReadAllText(\"{file}\"))", $"log.Append(System.IO.File.ReadAllText(\"{file}\")) |> ignore");
        }

        yield return ("connect", $"new System.Net.Sockets.TcpClient().Connect(\"127.0.0.1\", {targets.Port})", $"(new System.Net.Sockets.TcpClient()).Connect(\"127.0.0.1\", {targets.Port})");
        var late = $"sleep 2; touch {targets.LateCanary}";
        yield return (
            "spawn",
            $"System.Diagnostics.Process.Start(\"/bin/sh\", new[] {{ \"-c\", \"{late}\" }})",
            $"System.Diagnostics.Process.Start(\"/bin/sh\", [| \"-c\"; \"{late}\" |]) |> ignore");
    }
}
