using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace NeuralKatas.Benchmarks;

/// <summary>Runs <see cref="TrainXorBenchmark"/> under BenchmarkDotNet and returns its median and minimum.</summary>
internal static class BenchmarkDotNetRunner
{
    /// <summary>Median and minimum seconds per call, or null when BenchmarkDotNet measured nothing.</summary>
    public static (double Median, double Min)? Run()
    {
        // In process: BenchmarkDotNet's default generates and builds a separate project, which here would
        // inherit the repository's Directory.Build.props (warnings as errors, central package versions)
        // and add a build to every run. This program is already a Release build, which is what it needs.
        // The artifacts go under bin/, which git ignores, instead of the current directory.
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        var summary = BenchmarkRunner.Run<TrainXorBenchmark>(config);
        var statistics = summary.Reports.SingleOrDefault()?.ResultStatistics;
        return statistics is null ? null : (statistics.Median / 1e9, statistics.Min / 1e9);
    }
}
