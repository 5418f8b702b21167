using System.Text.Json;
using NeuralKatas.Grader.Json;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Grader.Server;
using NeuralKatas.Tests.EndToEnd;
using NeuralKatas.Tests.Learner;
using NeuralKatas.Tests.Loading;

namespace NeuralKatas.Tests.Server;

/// <summary>
/// The warm grade server grader/nk's commands use (NEURALKATAS_SERVER=1): the first command grades
/// by itself and starts a server; later ones are answered by it with the very same report; a server
/// that is gone, dead or talking nonsense only means grading locally; a server exits when idle or
/// when its socket is deleted; different courses get different servers. Whether a grade was served
/// is read from the server's count of requests, never from timings. Every server started here is
/// stopped by <see cref="ServerHome"/>.
/// </summary>
[TestFixture]
[Platform(Include = "Linux", Reason = "The grade server is Linux only (SO_PEERCRED, setsid).")]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class GradeServerTests
{
    private static readonly TimeSpan ExitAllowance = TimeSpan.FromMinutes(2);

    [Test]
    public void Grading_someone_elses_work_starts_a_server_that_answers_the_next_grade_with_the_same_report()
    {
        using var fixture = FixtureCourse.Create();
        using var work = new TemporaryFolder();
        using var home = new ServerHome();
        var submission = Path.Combine(work.Path, "alice");
        CopyFolder(fixture.Course.SolutionsDirectory, submission);
        var local = Local(fixture.Root, work, "grade", submission);

        var first = home.Run(fixture.Root, "grade", submission);
        var address = home.AddressOf(fixture.Root);
        ServerHome.WaitForServer(address);
        var second = home.Run(fixture.Root, "grade", submission);

        Assert.That(local.ExitCode, Is.Zero, local.ToString());
        Assert.That(first, Is.EqualTo(local), "the first command grades by itself");
        Assert.That(second, Is.EqualTo(local), ServerHome.Log(address));
        Assert.That(WaitForRequests(address, 1), Is.EqualTo(1), ServerHome.Log(address));
        Assert.That(Directory.Exists(Path.Combine(home.Path, "cache")), Is.False, "nothing of someone else's work is kept");
    }

    [Test]
    public void The_learners_grade_run_list_and_hint_are_answered_by_the_server_as_they_would_be_locally()
    {
        using var fixture = FixtureCourse.Create();
        using var work = new TemporaryFolder();
        using var home = new ServerHome();
        fixture.Solve("01-sigmoid");
        string[][] commands = [["run"], ["list"], ["hint"], ["run", "1"]];
        var local = commands.Select(command => Local(fixture.Root, work, command)).ToList();

        home.Run(fixture.Root, "grade");
        var address = home.AddressOf(fixture.Root);
        ServerHome.WaitForServer(address);

        // Without the learner's cache, each command has a kata to grade, which the server does.
        var served = commands.Select(command =>
        {
            home.ForgetCachedGrades();
            return home.Run(fixture.Root, command);
        }).ToList();

        Assert.That(served, Is.EqualTo(local), ServerHome.Log(address));
        Assert.That(WaitForRequests(address, commands.Length), Is.EqualTo(commands.Length), ServerHome.Log(address));
    }

    // The server reads the learner's cache as a fresh process would (and sooner: it is warm), so
    // every command goes to it, cached or not, and the answers are the same.
    [Test]
    public void A_command_whose_katas_are_all_in_the_learners_cache_gets_the_same_answer_from_the_server()
    {
        using var fixture = FixtureCourse.Create();
        using var work = new TemporaryFolder();
        using var home = new ServerHome();
        fixture.Solve("01-sigmoid");
        var local = Local(fixture.Root, work, "list");

        home.Run(fixture.Root, "grade");
        var address = home.AddressOf(fixture.Root);
        ServerHome.WaitForServer(address);
        var cached = home.Run(fixture.Root, "list");
        home.ForgetCachedGrades();
        var served = home.Run(fixture.Root, "list");

        Assert.That(cached, Is.EqualTo(local));
        Assert.That(served, Is.EqualTo(local));
        Assert.That(WaitForRequests(address, 2), Is.EqualTo(2), "both lists reached the server: " + ServerHome.Log(address));
    }

    // The server grades the learner's katas again at each save, so the command after it finds the
    // grade in the cache: the answer is the same as a fresh process gives, and it is there first.
    [Test]
    public void A_save_of_the_learners_own_work_is_graded_before_the_next_command_asks()
    {
        using var fixture = FixtureCourse.Create();
        using var work = new TemporaryFolder();
        using var home = new ServerHome();
        fixture.Solve("01-sigmoid");
        home.Run(fixture.Root, "grade");
        var address = home.AddressOf(fixture.Root);
        ServerHome.WaitForServer(address);
        home.Run(fixture.Root, "list");
        var stored = CachedGrades(home);

        fixture.Solve("02-init");
        var graded = WaitForLog(address, "graded ahead");
        var storedAhead = CachedGrades(home);
        var local = Local(fixture.Root, work, "list");
        var served = home.Run(fixture.Root, "list");

        Assert.That(graded, Is.True, ServerHome.Log(address));
        Assert.That(storedAhead, Is.GreaterThan(stored), "the save's grades were kept before any command asked");
        Assert.That(served, Is.EqualTo(local));
        Assert.That(served.Output, Does.Contain("2 / 5 katas"), served.ToString());
        Assert.That(ServerHome.Log(address), Does.Match(@"graded ahead: \d kata\(s\) in [0-9.]+ s \(.*compile [0-9.]+, run [0-9.]+"), "the log says where a grade's time went");
    }

    [Test]
    public void Someone_elses_work_is_never_graded_ahead()
    {
        using var fixture = FixtureCourse.Create();
        using var work = new TemporaryFolder();
        using var home = new ServerHome();
        var submission = Path.Combine(work.Path, "alice");
        CopyFolder(fixture.Course.SolutionsDirectory, submission);
        home.Run(fixture.Root, "grade", submission);
        var address = home.AddressOf(fixture.Root);
        ServerHome.WaitForServer(address);
        home.Run(fixture.Root, "grade", submission);
        WaitForRequests(address, 1);

        File.AppendAllText(Path.Combine(submission, "01-sigmoid", "Activation.cs"), "\n// saved again\n");

        // A grade ahead says so as it starts, a second after the save: three seconds would show one.
        Assert.That(WaitForLog(address, "grading a save ahead", TimeSpan.FromSeconds(3)), Is.False, ServerHome.Log(address));
    }

    [TestCase("garbage")]
    [TestCase("hang up")]
    [TestCase("another request's report")]
    public void A_server_that_answers_nonsense_or_hangs_up_is_not_believed(string answer)
    {
        using var fixture = FixtureCourse.Create();
        using var work = new TemporaryFolder();
        using var home = new ServerHome();
        var local = Local(fixture.Root, work, "grade", "--kata", "01-sigmoid");
        var address = home.AddressOf(fixture.Root);
        using var fake = new FakeServer(address, answer switch
        {
            "garbage" => FakeServer.Text("{\"Id\": 12, this is not what a grade server says"),
            "hang up" => FakeServer.Text(""),
            _ => FakeServer.Text(JsonSerializer.Serialize(ForgedFullMarks(), GraderJson.Default)),
        });

        var run = home.Run(fixture.Root, "grade", "--kata", "01-sigmoid");

        Assert.That(fake.Connections, Is.EqualTo(1), "the client asked the server first");
        Assert.That(local.ExitCode, Is.EqualTo(1), local.ToString());
        Assert.That(run, Is.EqualTo(local));
        Assert.That(File.Exists(address.PidFile), Is.False, "a server that answers is not replaced");
    }

    [Test]
    public void A_socket_nobody_listens_on_is_replaced_by_a_new_server()
    {
        using var fixture = FixtureCourse.Create();
        using var work = new TemporaryFolder();
        using var home = new ServerHome();
        var local = Local(fixture.Root, work, "grade", "--kata", "01-sigmoid");
        var address = home.AddressOf(fixture.Root);

        // A server that died without cleaning up leaves its socket file behind. (.NET deletes the file
        // of a socket it closes, so the socket is bound elsewhere and its file moved into place.)
        Assert.That(address.Prepare(), Is.True);
        using (var dead = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified))
        {
            dead.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(Path.Combine(work.Path, "dead")));
            File.Move(Path.Combine(work.Path, "dead"), address.Socket);
        }

        Assert.That(File.Exists(address.Socket), Is.True);

        var first = home.Run(fixture.Root, "grade", "--kata", "01-sigmoid");
        ServerHome.WaitForServer(address);
        home.ForgetCachedGrades();
        var second = home.Run(fixture.Root, "grade", "--kata", "01-sigmoid");

        Assert.That(first, Is.EqualTo(local));
        Assert.That(second, Is.EqualTo(local));
        Assert.That(WaitForRequests(address, 1), Is.EqualTo(1), ServerHome.Log(address));
    }

    [Test]
    public void A_server_exits_after_its_idle_time_and_takes_its_compile_servers_and_workers_along()
    {
        using var fixture = FixtureCourse.Create();
        using var home = new ServerHome(idleSeconds: 2);

        var (address, pid) = StartServer(fixture, home);
        var children = ServerHome.Descendants(pid);

        Assert.That(ServerHome.WaitForExit(pid, ExitAllowance), Is.True, ServerHome.Log(address));
        Assert.That(children.All(child => ServerHome.WaitForExit(child, TimeSpan.FromSeconds(30))), Is.True, "nothing the server started outlives it");
        Assert.That(File.Exists(address.Socket) || File.Exists(address.PidFile), Is.False);
        Assert.That(ServerHome.Log(address), Does.Contain("exiting: no request for 2 s"));
    }

    [Test]
    public void A_server_exits_when_its_socket_is_deleted()
    {
        using var fixture = FixtureCourse.Create();
        using var home = new ServerHome(idleSeconds: 600);

        var (address, pid) = StartServer(fixture, home);
        File.Delete(address.Socket);

        Assert.That(ServerHome.WaitForExit(pid, ExitAllowance), Is.True, ServerHome.Log(address));
        Assert.That(ServerHome.Log(address), Does.Contain("exiting: its socket was deleted"));
    }

    [Test]
    public void A_server_exits_when_its_grader_is_rebuilt()
    {
        using var fixture = FixtureCourse.Create();
        using var home = new ServerHome(idleSeconds: 600);
        var (address, pid) = StartServer(fixture, home);
        var built = File.GetLastWriteTimeUtc(GraderProcess.Assembly);

        try
        {
            File.SetLastWriteTimeUtc(GraderProcess.Assembly, built.AddSeconds(1));
            Assert.That(ServerHome.WaitForExit(pid, ExitAllowance), Is.True, ServerHome.Log(address));
        }
        finally
        {
            File.SetLastWriteTimeUtc(GraderProcess.Assembly, built);
        }

        Assert.That(ServerHome.Log(address), Does.Contain("exiting: the grader was rebuilt"));
    }

    [Test]
    public void Two_courses_get_a_server_each()
    {
        using var first = FixtureCourse.Create();
        using var second = FixtureCourse.Create();
        using var home = new ServerHome();

        home.Run(first.Root, "grade", "--kata", "01-sigmoid");

        // The two courses are alike, so the second would find the first one's grade in the cache.
        home.ForgetCachedGrades();
        home.Run(second.Root, "grade", "--kata", "01-sigmoid");
        var firstPid = ServerHome.WaitForServer(home.AddressOf(first.Root));
        var secondPid = ServerHome.WaitForServer(home.AddressOf(second.Root));

        Assert.That(home.ServerFolders, Has.Count.EqualTo(2));
        Assert.That(firstPid, Is.Not.EqualTo(secondPid));
        Assert.That(ServerHome.Log(home.AddressOf(first.Root)), Does.Contain($"serving {first.Root} "));
        Assert.That(ServerHome.Log(home.AddressOf(second.Root)), Does.Contain($"serving {second.Root} "));
    }

    [Test]
    public void Without_the_variable_no_server_is_asked_or_started()
    {
        using var fixture = FixtureCourse.Create();
        using var home = new ServerHome();
        var environment = new Dictionary<string, string>(home.Environment);
        environment.Remove(GradeServerAddress.EnableVariable);

        var run = GraderProcess.RunWith(fixture.Root, environment, null, "grade", "--kata", "01-sigmoid");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(home.ServerFolders, Is.Empty);
    }

    // A kata graded with no server running, which starts one: its address and process id once it listens.
    private static (GradeServerAddress Address, int Pid) StartServer(FixtureCourse fixture, ServerHome home)
    {
        home.Run(fixture.Root, "grade", "--kata", "01-sigmoid");
        var address = home.AddressOf(fixture.Root);
        return (address, ServerHome.WaitForServer(address));
    }

    // The same command graded in its own process, with a user data folder of its own.
    private static GraderRun Local(string folder, TemporaryFolder work, params string[] arguments) =>
        GraderProcess.RunWith(folder, new Dictionary<string, string> { ["NEURALKATAS_HOME"] = Path.Combine(work.Path, "local-home") }, null, arguments);

    // The server counts a request once it has sent the answer, so the count may trail the client by a moment.
    private static int WaitForRequests(GradeServerAddress address, int expected)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (ServerHome.Requests(address) < expected && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(100);
        }

        return ServerHome.Requests(address);
    }

    // True once the server's log holds the line, within the allowance.
    private static bool WaitForLog(GradeServerAddress address, string line, TimeSpan? allowance = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!ServerHome.Log(address).Contains(line, StringComparison.Ordinal) && clock.Elapsed < (allowance ?? ExitAllowance))
        {
            Thread.Sleep(100);
        }

        return ServerHome.Log(address).Contains(line, StringComparison.Ordinal);
    }

    private static int CachedGrades(ServerHome home)
    {
        var cache = Path.Combine(home.Path, "cache");
        return Directory.Exists(cache) ? Directory.GetFiles(cache, "*", SearchOption.AllDirectories).Length : 0;
    }

    private static GradeResponse ForgedFullMarks() =>
        new("not-this-request", new GradeReport("katas", [new KataGrade("01-sigmoid", "The sigmoid", KataStatus.Passed, 10, 10, [], [], null, null)], null), null);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(f => Path.GetFileName(f) is not ("bin" or "obj")))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
