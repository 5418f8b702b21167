using System.Net;
using System.Net.Sockets;
using NeuralKatas.Tests.Loading;

namespace NeuralKatas.Tests.Sandbox;

/// <summary>
/// What hostile learner code aims at, all outside the grader's output folder: canary files it
/// tries to create (in $HOME, the host's /tmp, the grader's own binaries folder, and one a process
/// it starts would create two seconds later), a file of another submission it tries to overwrite,
/// secrets it tries to read (a reference solution, the instructor's hidden tests, another
/// submission), and a TCP port on 127.0.0.1 it tries to connect to.
/// </summary>
public sealed class HostileTargets : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);

    /// <summary>Makes fresh canary names, the hidden tests and the other submission under <paramref name="work"/>, and starts listening.</summary>
    public HostileTargets(TemporaryFolder work)
    {
        var id = Guid.NewGuid().ToString("N");
        var home = Environment.GetEnvironmentVariable("HOME") ?? "/root";
        Canaries =
        [
            Path.Combine(home, $"nk-canary-home-{id}"),
            Path.Combine(Path.GetTempPath(), $"nk-canary-tmp-{id}"),
            Path.Combine(AppContext.BaseDirectory, $"nk-canary-grader-{id}"),
        ];
        LateCanary = Path.Combine(Path.GetTempPath(), $"nk-canary-late-{id}");
        HiddenSecret = $"HIDDEN-SECRET-{id}";
        OtherSecret = $"OTHER-SECRET-{id}";
        HiddenTests = Path.Combine(work.Path, "hidden");
        work.WriteFile(
            "hidden/01-sigmoid/HiddenTests.cs",
            $$"""
            namespace NeuralKatas.Tests.Hidden;

            // {{HiddenSecret}}
            [NUnit.Framework.TestFixture]
            public sealed class HiddenTests
            {
                [NUnit.Framework.Test]
                public void The_instructor_s_hidden_claim_holds() => NUnit.Framework.Assert.That(Activation.Sigmoid(0), NUnit.Framework.Is.EqualTo(0.5));
            }
            """);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Files that must not exist after grading.</summary>
    public IReadOnlyList<string> Canaries { get; }

    /// <summary>The file a process started by learner code would create two seconds later.</summary>
    public string LateCanary { get; }

    /// <summary>The instructor's hidden tests folder (for --tests), holding <see cref="HiddenSecret"/>.</summary>
    public string HiddenTests { get; }

    /// <summary>Text only the hidden tests hold.</summary>
    public string HiddenSecret { get; }

    /// <summary>Text only the other submission holds.</summary>
    public string OtherSecret { get; }

    /// <summary>The other submission's learner file: hostile code reads it and tries to overwrite it.</summary>
    public string OtherSubmissionFile { get; set; } = string.Empty;

    /// <summary>Text only the reference solutions hold (their solution markers).</summary>
    public static string SolutionSecret => "BEGIN SOLUTION";

    /// <summary>The reference solution hostile code tries to read.</summary>
    public static string SolutionFile => Path.Combine(RepositoryRoot.Course.SolutionsDirectory, "01-sigmoid", "Activation.cs");

    /// <summary>The port on 127.0.0.1 this listens on.</summary>
    public int Port { get; }

    /// <summary>True when something connected to <see cref="Port"/>.</summary>
    public bool Connected => listener.Pending();

    /// <summary>Every canary file that exists now.</summary>
    public IReadOnlyList<string> CanariesFound() => [.. Canaries.Append(LateCanary).Where(File.Exists)];

    /// <summary>Stops listening and deletes any canary that got through, so one failure leaves nothing behind.</summary>
    public void Dispose()
    {
        listener.Dispose();
        foreach (var canary in CanariesFound())
        {
            File.Delete(canary);
        }
    }
}
