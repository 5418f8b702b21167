using System.Reflection;
using NeuralKatas.Grader.Compilation;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// Runs a compiled kata's NUnit tests in this process through NUnit's own runner API, in a
/// collectible load context. It trusts the code it runs: an endless loop or
/// Environment.Exit cannot be contained in-process, so untrusted submissions run it inside a
/// worker process (the security boundary), and the project's own tests run it directly on the
/// reference solutions and their mutants.
/// </summary>
public static class InProcessTestRunner
{
    /// <summary>The AppContext key the kata tests read their reference snapshots' folder from.</summary>
    public const string SnapshotDirectoryKey = "NeuralKatas.SnapshotDirectory";

    /// <summary>Runs the course's tests in <paramref name="kata"/>; results come back in source order.</summary>
    /// <param name="kata">A kata that compiled.</param>
    /// <param name="snapshotDirectory">Where the reference snapshots are, or null when the kata has none.</param>
    public static IReadOnlyList<TestOutcome> Run(CompiledKata kata, string? snapshotDirectory)
    {
        ArgumentNullException.ThrowIfNull(kata.Image);
        return SourceOrder.Sort(Run(kata.Image, kata.Dependencies, Fixtures(kata.TestLocations), snapshotDirectory, TestListener.NULL), kata.TestLocations);
    }

    /// <summary>
    /// Runs NUnit once over this assembly, which holds no tests (the filter matches none either), so
    /// that loading and running the first kata does not pay for NUnit's first use. A spare worker
    /// does this while it waits for its request: no learner code is involved.
    /// </summary>
    public static void WarmUp() => RunAll(typeof(InProcessTestRunner).Assembly, FixtureFilter([]), TestListener.NULL);

    /// <summary>The fixtures the course's tests are declared in, the only ones NUnit is asked to run.</summary>
    public static IReadOnlyList<string> Fixtures(IEnumerable<TestLocation> tests) =>
        [.. tests.Select(test => test.ClassName).Distinct(StringComparer.Ordinal)];

    /// <summary>Runs the tests of <paramref name="fixtures"/> in an assembly image, telling <paramref name="listener"/> as tests start and finish; results come back in NUnit's order.</summary>
    /// <param name="image">The kata's test assembly.</param>
    /// <param name="dependencies">The kata's own other assemblies (see <see cref="CompiledKata.Dependencies"/>).</param>
    /// <param name="fixtures">The full names of the fixtures to run (see <see cref="Fixtures"/>); no other test runs.</param>
    /// <param name="snapshotDirectory">Where the reference snapshots are, or null.</param>
    /// <param name="listener">Told as tests start and finish.</param>
    public static IReadOnlyList<TestOutcome> Run(byte[] image, IReadOnlyList<AssemblyImage> dependencies, IReadOnlyList<string> fixtures, string? snapshotDirectory, ITestListener listener)
    {
        if (snapshotDirectory is not null)
        {
            AppContext.SetData(SnapshotDirectoryKey, snapshotDirectory);
        }

        var context = new KataLoadContext(dependencies);
        try
        {
            return RunAll(context.LoadFromStream(new MemoryStream(image)), FixtureFilter(fixtures), listener);
        }
        finally
        {
            context.Unload();
        }
    }

    // NUnit's own filter language: a test runs only when its fixture is one of the course's. With
    // no fixture at all the filter matches nothing, never everything as TestFilter.Empty would.
    private static TestFilter FixtureFilter(IReadOnlyList<string> fixtures) =>
        TestFilter.FromXml(fixtures.Count == 0
            ? "<filter><class>(no course test)</class></filter>"
            : $"<filter><or>{string.Concat(fixtures.Select(name => $"<class>{System.Security.SecurityElement.Escape(name)}</class>"))}</or></filter>");

    private static List<TestOutcome> RunAll(Assembly assembly, TestFilter filter, ITestListener listener)
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        runner.Load(assembly, new Dictionary<string, object>());
        var root = runner.Run(listener, filter);
        var outcomes = new List<TestOutcome>();
        Collect(root, outcomes, listener);
        return outcomes;
    }

    private static void Collect(ITestResult result, List<TestOutcome> outcomes, ITestListener listener)
    {
        if (result.HasChildren)
        {
            foreach (var child in result.Children)
            {
                Collect(child, outcomes, listener);
            }

            return;
        }

        if (result.Test.IsSuite)
        {
            return;
        }

        outcomes.Add(new TestOutcome(
            result.Test.ClassName ?? string.Empty,
            result.Test.MethodName ?? result.Test.Name,
            result.Test.Name,
            ToStatus(result.ResultState),
            (result.Message ?? string.Empty).Trim(),
            TimeSpan.FromSeconds(result.Duration))
        {
            // In a worker the raw console keeps each test's output; run directly, NUnit captured it.
            Output = listener is RawConsole console ? console.OutputOf(result.Test.Id) : result.Output,
            Location = result.ResultState.Status == NUnit.Framework.Interfaces.TestStatus.Passed ? null : LearnerFrame.Find(result.Message, result.StackTrace),
        });
    }

    private static TestStatus ToStatus(ResultState state) =>
        state.Status switch
        {
            NUnit.Framework.Interfaces.TestStatus.Passed => TestStatus.Passed,
            NUnit.Framework.Interfaces.TestStatus.Failed when state.Label == ResultState.Error.Label => TestStatus.Errored,
            NUnit.Framework.Interfaces.TestStatus.Failed => TestStatus.Failed,
            _ => TestStatus.NotRun,
        };
}
