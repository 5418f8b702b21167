using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NeuralKatas.Grader.Sandbox;
using NeuralKatas.Tests.Loading;

namespace NeuralKatas.Tests.Sandbox;

/// <summary>
/// The sandbox on its own: a shell started through <see cref="SandboxedStart.Wrap"/> with this
/// machine's policy cannot see the host's files, reach the network, outlive the sandbox, or pass
/// its limits. These need bubblewrap, as the project's CI has it (.ci/run installs it).
/// </summary>
[TestFixture]
public sealed class SandboxedStartTests
{
    private static SandboxPolicy Policy =>
        SandboxAvailability.Current.Policy ?? throw new InvalidOperationException(SandboxAvailability.Current.Missing);

    [Test]
    public void A_sandboxed_process_sees_no_home_no_repository_and_no_host_temp()
    {
        using var work = new TemporaryFolder();
        var secret = work.WriteFile("secret.txt", "host secret");

        var run = Shell(Policy, $"ls '{Environment.GetEnvironmentVariable("HOME")}' '{RepositoryRoot.Course.SolutionsDirectory}' '{secret}' 2>&1; echo tmp:; ls -A /tmp");

        Assert.That(run.Output, Does.Contain("No such file or directory"));
        Assert.That(run.Output, Does.Not.Contain("host secret").And.Not.Contain("01-sigmoid"));
        Assert.That(run.Output.Split("tmp:")[1].Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EquivalentTo(GraderFolderInTmp()), "The sandbox's /tmp holds more than the way to the grader's own (read-only) folder: " + run.Output);
    }

    [Test]
    public void A_sandboxed_process_can_write_only_its_tmp_and_its_bound_file()
    {
        using var work = new TemporaryFolder();
        var result = work.WriteFile("result", string.Empty);
        var binaries = Path.GetDirectoryName(typeof(SandboxedStart).Assembly.Location)!;

        var run = Shell(
            Policy.WithWritableFile(result, "/result"),
            $"echo through > /result; touch /tmp/ok && echo tmp-writable; touch '{binaries}/nk-canary' /usr/nk-canary /nk-canary 2>&1");

        Assert.That(File.ReadAllText(result), Is.EqualTo("through\n"));
        Assert.That(run.Output, Does.Contain("tmp-writable"));
        Assert.That(File.Exists(Path.Combine(binaries, "nk-canary")), Is.False);
        Assert.That(run.Output.Split('\n').Count(line => line.Contains("Read-only file system", StringComparison.Ordinal)), Is.EqualTo(3), run.Output);
    }

    [Test]
    public void A_sandboxed_process_cannot_connect_to_the_host()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var run = Shell(Policy, $"/usr/bin/bash -c 'echo hello > /dev/tcp/127.0.0.1/{port}' 2>&1 && echo connected");

        Assert.That(listener.Pending(), Is.False, "A connection from the sandbox arrived.");
        Assert.That(run.Output, Does.Not.Contain("connected"));
    }

    [Test]
    public void A_process_started_in_the_sandbox_dies_with_it()
    {
        using var work = new TemporaryFolder();
        var result = work.WriteFile("result", string.Empty);

        var run = Shell(Policy.WithWritableFile(result, "/result"), "(sleep 2; echo late >> /result) & echo early >> /result");
        Thread.Sleep(TimeSpan.FromSeconds(3));

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(File.ReadAllText(result), Is.EqualTo("early\n"));
    }

    [Test]
    public void A_fork_bomb_stops_at_the_process_limit()
    {
        var run = Shell(Policy with { MaxProcesses = 20 }, "for i in $(seq 40); do sleep 1 & done; echo all-started");

        Assert.That(run.Output, Does.Not.Contain("all-started"));
        Assert.That(run.Output, Does.Contain("fork").IgnoreCase, run.Output);
    }

    [Test]
    public void A_file_larger_than_the_limit_cannot_be_written()
    {
        var run = Shell(Policy with { MaxFileBytes = 1 << 20 }, "head -c 2000000 /dev/zero > /tmp/big; echo status=$?; wc -c < /tmp/big");

        Assert.That(run.Output, Does.Contain("status=").And.Not.Contain("status=0"));
        Assert.That(run.Output, Does.Contain("\n1048576\n"), run.Output);
    }

    [Test]
    public void A_sandboxed_process_runs_under_the_open_file_limit()
    {
        var run = Shell(Policy with { MaxOpenFiles = 64 }, "ulimit -n");

        Assert.That(run.Output.Trim(), Is.EqualTo("64"));
    }

    [Test]
    public void Only_the_runtime_s_variables_cross_into_the_sandbox()
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("env");
        start.Environment["NEURALKATAS_TEST_SECRET"] = "leaked";
        start.Environment["DOTNET_gcServer"] = "0";

        var run = Run(SandboxedStart.Wrap(start, Policy));

        Assert.That(run.Output, Does.Not.Contain("leaked"));
        Assert.That(run.Output, Does.Contain("DOTNET_gcServer=0").And.Contain("HOME=/tmp"));
    }

    // A grader under the host's /tmp (a clone in /tmp) is bound read-only inside the private
    // /tmp, so the first folder on its way is the one entry the sandbox's /tmp may show.
    private static string[] GraderFolderInTmp()
    {
        var folder = Path.GetDirectoryName(typeof(SandboxedStart).Assembly.Location)!;
        return folder.StartsWith("/tmp/", StringComparison.Ordinal) ? [folder.Split('/')[2]] : [];
    }

    private static (int ExitCode, string Output) Shell(SandboxPolicy policy, string script)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        return Run(SandboxedStart.Wrap(start, policy));
    }

    private static (int ExitCode, string Output) Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var error = start.RedirectStandardError ? process.StandardError.ReadToEndAsync() : Task.FromResult(string.Empty);
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The sandboxed shell did not finish.");
        }

        return (process.ExitCode, output + error.Result);
    }
}
