using System.Net.Sockets;
using System.Text.Json;
using NeuralKatas.Grader.Cache;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Json;
using NeuralKatas.Grader.Learner;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Sandbox;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Grader.Server;
using NeuralKatas.Tests.Loading;

namespace NeuralKatas.Tests.Server;

/// <summary>The grade server's parts on their own: its address, its folder's mode, the request's options, the wire and the peer check.</summary>
[TestFixture]
[Platform(Include = "Linux", Reason = "The grade server is Linux only (SO_PEERCRED, setsid).")]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ServerPartsTests
{
    [Test]
    public void A_different_build_or_course_has_a_different_address_and_the_same_ones_the_same()
    {
        const string Home = "/tmp/nk-home";
        var one = GradeServerAddress.For(Home, "build 1", "/work/course");

        Assert.That(GradeServerAddress.For(Home, "build 1", "/work/course/"), Is.EqualTo(one));
        Assert.That(GradeServerAddress.For(Home, "build 2", "/work/course"), Is.Not.EqualTo(one));
        Assert.That(GradeServerAddress.For(Home, "build 1", "/work/other"), Is.Not.EqualTo(one));
        Assert.That(Path.GetDirectoryName(one!.Folder), Is.EqualTo("/tmp/nk-home/servers"));
    }

    // The README promises a server stops after 10 minutes without a command; only a positive number of seconds changes that.
    [TestCase(null, 600)]
    [TestCase("", 600)]
    [TestCase("2", 2)]
    [TestCase("0.5", 0.5)]
    [TestCase("0", 600)]
    [TestCase("-3", 600)]
    [TestCase("ten", 600)]
    public void A_server_waits_ten_minutes_for_a_request_unless_told_another_positive_time(string? variable, double seconds)
    {
        Assert.That(GradeServerAddress.IdleTimeOf(variable), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [Test]
    public void There_is_no_address_where_the_socket_path_would_not_fit()
    {
        var longHome = "/tmp/" + new string('h', 120);

        Assert.That(GradeServerAddress.For(longHome, "build", "/work/course"), Is.Null);
    }

    [Test]
    public void The_servers_folder_is_the_users_alone_even_when_it_existed_open()
    {
        using var home = new TemporaryFolder();
        var address = GradeServerAddress.For(home.Path, "build", "/work/course")!;
        Directory.CreateDirectory(address.Folder);
        File.SetUnixFileMode(address.Folder, (UnixFileMode)0x1ff);

        Assert.That(address.Prepare(), Is.True);
        Assert.That(File.GetUnixFileMode(address.Folder), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(address.Folder)!), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
    }

    [TestCase("01-sigmoid/Activation.cs", true)]
    [TestCase("01-sigmoid/fsharp/Activation.fs", true)]
    [TestCase("Given/Matrix.cs", true)]
    [TestCase("01-sigmoid/obj/Debug/net10.0/Kata.Sigmoid.AssemblyInfo.cs", false)]
    [TestCase("01-sigmoid/bin/Debug/Kata.cs", false)]
    [TestCase("01-sigmoid/.backup/Activation.cs", false)]
    [TestCase("01-sigmoid/README.md", false)]
    [TestCase("01-sigmoid/Activation.cs~", false)]
    public void A_save_is_graded_ahead_only_for_code_outside_the_builds_folders(string path, bool graded) =>
        Assert.That(GradeAhead.IsSource(path.Replace('/', Path.DirectorySeparatorChar)), Is.EqualTo(graded));

    [Test]
    public void A_save_is_graded_ahead_sooner_unless_a_running_watch_checks_the_same_folder()
    {
        using var home = new TemporaryFolder();
        using var katas = new TemporaryFolder();
        var watched = new WatchedFolders(home.Path);
        var alone = GradeAhead.SettleFor(watched, katas.Path);

        TimeSpan behindWatch;
        using (watched.Mark(katas.Path))
        {
            behindWatch = GradeAhead.SettleFor(watched, katas.Path + Path.DirectorySeparatorChar);
        }

        var afterWatch = GradeAhead.SettleFor(watched, katas.Path);
        File.WriteAllText(watched.FileOf(katas.Path), FinishedProcessId().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var afterKilledWatch = GradeAhead.SettleFor(watched, katas.Path);

        Assert.That(alone, Is.LessThan(TimeSpan.FromSeconds(0.5)), "no watch: shortly after the save");
        Assert.That(behindWatch, Is.EqualTo(TimeSpan.FromSeconds(1)), "a watch of the same folder grades first");
        Assert.That(afterWatch, Is.EqualTo(alone), "the watch ended and took its mark away");
        Assert.That(afterKilledWatch, Is.EqualTo(alone), "a mark left by a watch that was killed");
    }

    private static int FinishedProcessId()
    {
        using var process = System.Diagnostics.Process.Start("/bin/true");
        process.WaitForExit();
        return process.Id;
    }

    [Test]
    public void A_request_carries_every_option_that_changes_a_grade()
    {
        using var folder = new TemporaryFolder();
        var course = RepositoryRoot.Course;
        var options = new GradeOptions("03-forward", [folder.Path], WorkerLimits.Default with { TimePerKata = TimeSpan.FromSeconds(3), Sandbox = null })
        {
            Language = KataLanguage.FSharp,
            Isolate = false,
            CompileLimits = CompileServerLimits(),
            Cache = new GradeCache(Path.Combine(folder.Path, "cache")),
        };

        var (served, refusal) = GradeRequest.For(course, "alice", folder.Path, options).Options();

        Assert.That(refusal, Is.Null);
        Assert.That(served!.KataId, Is.EqualTo("03-forward"));
        Assert.That(served.ExtraTestFolders, Is.EqualTo(new[] { folder.Path }));
        Assert.That(served.Language, Is.EqualTo(KataLanguage.FSharp));
        Assert.That(served.Isolate, Is.False);
        Assert.That(served.Cache!.Folder, Is.EqualTo(Path.Combine(folder.Path, "cache")));
        Assert.That(served.Limits.TimePerKata, Is.EqualTo(TimeSpan.FromSeconds(3)));
        Assert.That(served.Limits.Sandbox, Is.Null);
        Assert.That(served.CompileLimits, Is.EqualTo(CompileServerLimits()));
    }

    [Test]
    public void Someone_elses_work_keeps_no_cache_in_the_server_either()
    {
        var request = GradeRequest.For(RepositoryRoot.Course, "alice", "/tmp/alice", GradeOptions.Default);

        Assert.That(request.CacheFolder, Is.Null);
        Assert.That(request.Options().Options!.Cache, Is.Null);
    }

    [Test]
    public void A_sandbox_nobody_looked_for_travels_as_the_machines_and_a_decided_one_as_decided()
    {
        var undecided = WorkerLimits.ThisMachines() with { TimePerKata = TimeSpan.FromSeconds(4) };
        var none = WorkerLimits.Default with { Sandbox = null };
        var required = WorkerLimits.Default with { Sandbox = new SandboxPolicy("/usr/bin/bwrap", "/usr/bin/prlimit", null) };

        Assert.That(ServedLimits.Of(GradeOptions.Default with { Limits = undecided }).Sandbox, Is.EqualTo(ServedLimits.MachineSandbox));
        Assert.That(ServedLimits.Of(GradeOptions.Default with { Limits = none }).Sandbox, Is.EqualTo(SandboxReport.None));
        Assert.That(ServedLimits.Of(GradeOptions.Default with { Limits = required }).Sandbox, Is.EqualTo(SandboxReport.Bubblewrap));

        // Looked at once (as `grade PATH` must, to refuse without a sandbox), it is decided.
        _ = undecided.Sandbox;
        Assert.That(ServedLimits.Of(GradeOptions.Default with { Limits = undecided }).Sandbox, Is.EqualTo(SandboxReport.Describe(undecided.Sandbox)));
    }

    [Test]
    public void A_server_refuses_a_request_with_a_relative_path_or_an_unknown_sandbox()
    {
        var request = GradeRequest.For(RepositoryRoot.Course, "alice", "/tmp/alice", GradeOptions.Default);

        Assert.That((request with { KatasRoot = "alice" }).Options().Options, Is.Null);
        Assert.That((request with { Limits = request.Limits with { Sandbox = "chroot" } }).Options().Options, Is.Null);
        Assert.That((request with { Limits = request.Limits with { TimePerKata = TimeSpan.Zero } }).Options().Options, Is.Null);
    }

    [Test]
    public void A_report_crosses_the_wire_whole_and_a_peer_is_known_by_its_user()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "socket");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(1);
        var report = new GradeReport("alice", [new KataGrade("01-sigmoid", "The sigmoid", KataStatus.Failed, 2.5, 10, [new TestGrade("Sigmoid_of_zero_is_a_half", Grader.Execution.TestStatus.Failed, "Expected 0.5", 0, 2.5, TimeSpan.FromMilliseconds(3)) { Mistake = "m", Location = "katas/01-sigmoid/Activation.cs:12" }], [], null, null)], null) { Sandbox = SandboxReport.Bubblewrap };

        using var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        client.Connect(new UnixDomainSocketEndPoint(path));
        using var server = listener.Accept();
        GradeServerWire.Send(server, new GradeResponse("id", report, null));
        var received = GradeServerWire.Receive<GradeResponse>(client, GradeServerWire.MaxResponseBytes);

        Assert.That(PeerCredentials.ThisUser, Is.Not.Null);
        Assert.That(PeerCredentials.Of(client)!.Value.Pid, Is.EqualTo(Environment.ProcessId));
        Assert.That(PeerCredentials.UserOf(client), Is.EqualTo(PeerCredentials.ThisUser));
        Assert.That(PeerCredentials.Trusted(server), Is.True);
        Assert.That(received!.Report!.Sandbox, Is.EqualTo(SandboxReport.Bubblewrap));
        Assert.That(JsonSerializer.Serialize(received.Report, GraderJson.Default), Is.EqualTo(JsonSerializer.Serialize(report, GraderJson.Default)));
    }

    [Test]
    public void A_process_in_a_sandbox_is_no_trusted_peer_even_as_the_same_user()
    {
        var policy = SandboxAvailability.Current.Policy ?? throw new InvalidOperationException(SandboxAvailability.Current.Missing);
        using var outside = System.Diagnostics.Process.Start("sleep", "30")!;
        System.Diagnostics.Process? sandbox = null;
        try
        {
            sandbox = SandboxStarter.Start(SandboxedStart.Wrap(new System.Diagnostics.ProcessStartInfo("/usr/bin/sleep") { ArgumentList = { "30" }, RedirectStandardOutput = true, RedirectStandardError = true }, policy));
            var inside = WaitForSleepBelow(sandbox.Id);

            Assert.That(PeerCredentials.SharesNamespaces(outside.Id), Is.True);
            Assert.That(PeerCredentials.SharesNamespaces(inside), Is.False);
        }
        finally
        {
            outside.Kill();
            sandbox?.Kill(entireProcessTree: true);
            sandbox?.Dispose();
        }
    }

    // bwrap starts the sandboxed command a process or two below itself.
    private static int WaitForSleepBelow(int pid)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            foreach (var child in ServerHome.Descendants(pid))
            {
                try
                {
                    if (File.ReadAllText($"/proc/{child}/cmdline").StartsWith("/usr/bin/sleep", StringComparison.Ordinal))
                    {
                        return child;
                    }
                }
                catch (IOException)
                {
                }
            }

            Thread.Sleep(100);
        }

        Assert.Fail("The sandboxed sleep never started.");
        return 0;
    }

    private static Grader.CompileServer.CompileLimits CompileServerLimits() => new(TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(11), 123L << 20);
}
