using System.Net.Sockets;
using NeuralKatas.Grader.Commands;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Pipeline;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// The grade server (the hidden `serve` verb), like Roslyn's VBCSCompiler or Gradle's daemon: a
/// grader process that stays up between commands, so its compile servers and a spare worker stay
/// warm and a fresh `grade` from grader/nk costs a connection instead of a compiler's warm-up. It
/// listens on the Unix socket of its <see cref="GradeServerAddress"/>, answers each connection on
/// its own (<see cref="GradeRequestHandler"/>), and exits after <see cref="GradeServerAddress.IdleTime"/>
/// without a request, or as soon as its socket file is deleted or its grader rebuilt. One server per address: it holds
/// its folder's lock file for as long as it runs.
/// </summary>
public sealed class GradeServer
{
    private static readonly TimeSpan Watch = TimeSpan.FromMilliseconds(500);
    private static readonly string GraderAssembly = typeof(GradeServer).Assembly.Location;

    // A request in flight when the server is told to stop gets this long to finish and answer.
    private static readonly TimeSpan FinishAllowance = TimeSpan.FromMinutes(2);

    private readonly CourseLayout course;
    private readonly GradeServerAddress address;
    private readonly TimeSpan idleTime;
    private readonly ServerLog log;
    private readonly CancellationTokenSource stopping = new();

    // Read before the pid file announces the server: a grader rebuilt after that moment is seen,
    // however late the watchdog thread gets to run (a loaded machine can delay it by seconds).
    private readonly DateTime graderBuilt = File.GetLastWriteTimeUtc(GraderAssembly);
    private int busy;
    private long lastActivity = Environment.TickCount64;

    private GradeServer(CourseLayout course, GradeServerAddress address, TimeSpan idleTime)
    {
        this.course = course;
        this.address = address;
        this.idleTime = idleTime;
        log = new ServerLog(address);
    }

    /// <summary>Serves <paramref name="course"/> until idle; returns at once when another server already serves it.</summary>
    public static int Run(CourseLayout course)
    {
        ArgumentNullException.ThrowIfNull(course);
        var address = GradeServerAddress.For(course.Root);
        if (address is null || !address.Prepare())
        {
            Console.Error.WriteLine("There is no grade server here: it needs Linux, a user data folder of your own and a path short enough for a socket.");
            return ExitCodes.UsageError;
        }

        FileStream held;
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock), which dies with the process.
            held = new FileStream(address.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return ExitCodes.Success; // another server serves this address
        }

        using (held)
        {
            return new GradeServer(course, address, GradeServerAddress.IdleTime).Serve();
        }
    }

    private int Serve()
    {
        log.Trim();

        // Holding the lock, any socket file here is a dead server's.
        File.Delete(address.Socket);
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            listener.Bind(new UnixDomainSocketEndPoint(address.Socket));
            listener.Listen(backlog: 16);
        }
        catch (SocketException error)
        {
            // A file system without Unix sockets, say: clients stop starting servers here for a while.
            log.Write($"cannot listen: {error.SocketErrorCode}");
            File.WriteAllText(address.UnusableFile, $"{error.SocketErrorCode}\n");
            return ExitCodes.UsageError;
        }

        TryDelete(address.UnusableFile);
        // The log line first: whoever sees the pid file may read the log at once.
        log.Write($"serving {course.Root} on {address.Socket}, idle time {idleTime.TotalSeconds:0} s");
        File.WriteAllText(address.PidFile, Environment.ProcessId + "\n");

        var watchdog = new Thread(WatchIdleAndSocket) { IsBackground = true, Name = "grade server watchdog" };
        watchdog.Start();
        var running = new List<Task> { Busy(WarmUp) };
        using var ahead = new GradeAhead((request, times) => new GradeRequestHandler(course, log).Answer(request, times), log);
        while (Accept(listener) is { } connection)
        {
            var handler = new GradeRequestHandler(course, log, ahead);
            running.RemoveAll(task => task.IsCompleted);
            running.Add(Busy(() => handler.Handle(connection)));
        }

        Task.WaitAll([.. running], FinishAllowance);
        TryDelete(address.PidFile);
        TryDelete(address.Socket);
        return ExitCodes.Success;
    }

    private Socket? Accept(Socket listener)
    {
        try
        {
            return listener.AcceptAsync(stopping.Token).AsTask().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (SocketException error)
        {
            log.Write($"stopped accepting: {error.SocketErrorCode}");
            return null;
        }
    }

    // Work that keeps the server from counting as idle while it runs, on a thread-pool thread.
    private Task Busy(Action work)
    {
        Interlocked.Increment(ref busy);
        return Task.Run(() =>
        {
            try
            {
                work();
            }
#pragma warning disable CA1031 // A surprise in one request must not take the server down; that client grades by itself.
            catch (Exception error)
#pragma warning restore CA1031
            {
                log.Write($"a request failed: {error.GetType().Name}");
            }
            finally
            {
                Interlocked.Exchange(ref lastActivity, Environment.TickCount64);
                Interlocked.Decrement(ref busy);
            }
        });
    }

    private void WatchIdleAndSocket()
    {
        // A rebuilt grader has another address, so this server would only idle; and the compile
        // servers and workers it started from now on would be the new build's, speaking to an old one.
        while (!stopping.IsCancellationRequested)
        {
            Thread.Sleep(Watch);
            if (!File.Exists(address.Socket))
            {
                Stop("its socket was deleted");
            }
            else if (File.GetLastWriteTimeUtc(GraderAssembly) != graderBuilt)
            {
                Stop("the grader was rebuilt");
            }
            else if (Volatile.Read(ref busy) == 0 && Environment.TickCount64 - Interlocked.Read(ref lastActivity) > idleTime.TotalMilliseconds)
            {
                Stop($"no request for {idleTime.TotalSeconds:0} s");
            }
        }
    }

    private void Stop(string why)
    {
        log.Write($"exiting: {why}");
        stopping.Cancel();
    }

    // The first request should find the compile servers and a worker warm, not start them: grade
    // the course's own reference solutions once (trusted code, still compiled and run sandboxed,
    // nothing kept), which starts and warms as many compile servers as a grade uses, then leave a
    // spare worker waiting. The server is started after the command that needed it has finished
    // its own grade, so this never competes with that one.
    private void WarmUp()
    {
        var options = GradeOptions.Default with { Isolate = false };
        try
        {
            var pipeline = new GradingPipeline(CourseLayout.At(course.Root));
            if (Directory.Exists(course.SolutionsDirectory))
            {
                pipeline.Grade("warm-up", course.SolutionsDirectory, options);
            }
            else
            {
                pipeline.WarmUp(options);
            }

            WorkerPool.Prewarm(options.Limits, GradeRequestHandler.SpareWorkers);
            log.Write("warmed up");
        }
#pragma warning disable CA1031 // A failed warm-up only means the first request warms up instead.
        catch (Exception error)
#pragma warning restore CA1031
        {
            log.Write($"warm-up failed: {error.GetType().Name}");
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
        }
    }
}
