using System.Diagnostics;
using System.Globalization;
using NeuralKatas.Grader.Batch;
using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Loading;
using NeuralKatas.Grader.Pipeline;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Grader.Snapshot;

namespace NeuralKatas.GraderBench;

/// <summary>
/// The grader's benchmark harness, run by grader-bench.sh.
/// <list type="bullet">
/// <item><c>warm ROOT SUBMISSION [WARMUP] [RUNS]</c>: grades one submission over and over in one
/// process (isolation on, a worker process per grade, as the CLI does), after a warm-up, and times
/// each stage on its own: the five in-memory compiles, the worker process, and the same tests run
/// in this process through NUnit's runner API (what the worker does once it has started).</item>
/// <item><c>memory ROOT DIR [PARALLEL]</c>: grades every submission in DIR with the batch grader,
/// in process, and after each one records the GC heap (after a full collection) and the process's
/// resident set: flat memory means no growth per submission.</item>
/// <item><c>similarity ROOT [SIZE…]</c>: the class report's cost as the class grows (<see cref="SimilarityBench"/>).</item>
/// <item><c>startup [RUNS]</c>: starts a worker and lets it exit on an empty request, RUNS times
/// in the sandbox and RUNS times without, alternating, so a busy machine slows both alike: the
/// sandbox's cost per worker.</item>
/// </list>
/// Lines of the form <c>key=value</c> are for grader-bench.sh to read.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            return args switch
            {
            ["warm", var root, var submission, ..] => Warm(
                CourseLayout.At(root), submission, Int(args, 3, 2), Int(args, 4, 10)),
            ["memory", var root, var folder, ..] => Memory(CourseLayout.At(root), folder, Int(args, 3, Environment.ProcessorCount)),
            ["similarity", var root] => SimilarityBench.Run(CourseLayout.At(root), [100, 300, 1000]),
            ["similarity", var root, ..] => SimilarityBench.Run(CourseLayout.At(root), [.. args.Skip(2).Select(a => int.Parse(a, CultureInfo.InvariantCulture))]),
            ["startup", ..] => Startup(Int(args, 1, 20)),
                _ => Usage(),
            };
        }
        catch (FormatException)
        {
            return Usage();
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: NeuralKatas.GraderBench warm ROOT SUBMISSION [WARMUP] [RUNS]");
        Console.Error.WriteLine("       NeuralKatas.GraderBench memory ROOT DIR [PARALLEL]");
        Console.Error.WriteLine("       NeuralKatas.GraderBench similarity ROOT [SIZE...]");
        Console.Error.WriteLine("       NeuralKatas.GraderBench startup [RUNS]");
        return 2;
    }

    private static int Int(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static int Warm(CourseLayout course, string submissionPath, int warmup, int runs)
    {
        var pipeline = new GradingPipeline(course);
        using var submission = SubmissionLoader.Load(submissionPath, course.Manifest);
        var katas = course.Manifest.Katas;
        var compiler = new KataCompiler(CourseSources.Library(course));
        var grade = new List<double>();
        var compile = new List<double>();
        var worker = new List<double>();
        var workerOne = new List<double>();
        var inProcess = new List<double>();
        GradeReport? last = null;
        for (var run = 0; run < warmup + runs; run++)
        {
            var timed = run >= warmup;

            // The whole pipeline, as `grade` runs it.
            var clock = Stopwatch.StartNew();
            last = pipeline.Grade(submission.Name, submission.KatasRoot, GradeOptions.Default);
            Record(timed, grade, clock);

            // Stage: the five compiles, each kata with the reference code of the earlier katas.
            clock.Restart();
            var images = katas.Select(kata => compiler.Compile(
                $"Kata.{kata.Id}",
                CourseSources.Learner(course, kata, step => step == kata ? submission.KatasRoot : course.SolutionsDirectory),
                CourseSources.Tests(course, kata))).ToList();
            Record(timed, compile, clock);

            var jobs = katas.Zip(images)
                .Select(pair => KataJob.For(pair.First.Id, pair.Second, ReferenceSnapshots.For(course, pair.First)))
                .ToList();

            // Stage: one worker process running all five katas' tests.
            clock.Restart();
            WorkerSupervisor.Run(jobs, WorkerLimits.Default);
            Record(timed, worker, clock);

            // Stage: one worker process running the smallest kata only (mostly start-up).
            clock.Restart();
            WorkerSupervisor.Run(jobs.Take(1).ToList(), WorkerLimits.Default);
            Record(timed, workerOne, clock);

            // Stage: the same tests in this process: the worker's work without its start-up.
            clock.Restart();
            foreach (var (kata, image) in katas.Zip(images))
            {
                InProcessTestRunner.Run(image, ReferenceSnapshots.For(course, kata));
            }

            Record(timed, inProcess, clock);
        }

        var score = last!.Katas.Sum(k => k.Score);
        var max = last.Katas.Sum(k => k.MaxScore);
        Console.WriteLine($"{submission.Name}: {score}/{max} points; {warmup} warm-up grades, then {runs} timed");
        Print("warm_grade", grade);
        Print("compile_5_katas", compile);
        Print("worker_5_katas", worker);
        Print("worker_1_kata", workerOne);
        Print("tests_in_process", inProcess);
        return 0;
    }

    private static int Memory(CourseLayout course, string folder, int parallel)
    {
        var submissions = BatchGrader.FindSubmissions(folder);
        var grader = new BatchGrader(new GradingPipeline(course));
        var gate = new object();
        var heap = new List<long>();
        var resident = new List<long>();
        var clock = Stopwatch.StartNew();
        grader.Grade(submissions, GradeOptions.Default, parallel, _ =>
        {
            lock (gate)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                heap.Add(GC.GetTotalMemory(forceFullCollection: false));
                using var self = Process.GetCurrentProcess();
                resident.Add(self.WorkingSet64);
            }
        });
        Console.WriteLine(FormattableString.Invariant($"in_process_batch_seconds={clock.Elapsed.TotalSeconds:F2}"));
        for (var i = 0; i < heap.Count; i++)
        {
            Console.WriteLine(FormattableString.Invariant($"after {i + 1,3}: gc_heap_mib={heap[i] / 1048576.0:F1} rss_mib={resident[i] / 1048576.0:F1}"));
        }

        var n = Math.Min(10, heap.Count);
        Console.WriteLine(FormattableString.Invariant($"heap_first10_mib={heap.Take(n).Average() / 1048576.0:F1}"));
        Console.WriteLine(FormattableString.Invariant($"heap_last10_mib={heap.TakeLast(n).Average() / 1048576.0:F1}"));
        Console.WriteLine(FormattableString.Invariant($"rss_first10_mib={resident.Take(n).Average() / 1048576.0:F1}"));
        Console.WriteLine(FormattableString.Invariant($"rss_last10_mib={resident.TakeLast(n).Average() / 1048576.0:F1}"));
        return 0;
    }

    private static int Startup(int runs)
    {
        var sandboxed = WorkerLimits.Default.Sandbox is null
            ? throw new InvalidOperationException(NeuralKatas.Grader.Sandbox.SandboxAvailability.Current.Missing)
            : WorkerLimits.Default;
        var times = new Dictionary<string, List<double>> { ["worker_startup_sandboxed"] = [], ["worker_startup_unsandboxed"] = [] };
        for (var run = 0; run < runs + 1; run++)
        {
            foreach (var (name, limits) in new[] { ("worker_startup_sandboxed", sandboxed), ("worker_startup_unsandboxed", sandboxed with { Sandbox = null }) })
            {
                var clock = Stopwatch.StartNew();
                var worker = WorkerLauncher.Start(WorkerPool.NewFolder(), limits);
                worker.Process.StandardInput.Close();
                worker.Process.WaitForExit();
                Record(run > 0, times[name], clock);
                WorkerPool.Discard(worker);
            }
        }

        foreach (var (name, seconds) in times)
        {
            Print(name, seconds);
        }

        return 0;
    }

    private static void Record(bool timed, List<double> into, Stopwatch clock)
    {
        if (timed)
        {
            into.Add(clock.Elapsed.TotalSeconds);
        }
    }

    private static void Print(string name, List<double> seconds)
    {
        var sorted = seconds.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        Console.WriteLine(FormattableString.Invariant($"{name}_median_seconds={median:F4}"));
        Console.WriteLine(FormattableString.Invariant($"{name}_min_seconds={sorted[0]:F4}"));
    }
}
