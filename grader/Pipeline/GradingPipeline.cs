using System.Diagnostics;
using NeuralKatas.Grader.Cache;
using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.CompileServer;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Loading;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Grader.Snapshot;

namespace NeuralKatas.Grader.Pipeline;

/// <summary>
/// Grades one submission, stage by stage: compile each kata in a compile server (the learner's file
/// with the reference code of the earlier katas: isolation), run every kata's tests in one worker
/// process, score them, and, for a kata whose earlier katas are not all passing (or were not
/// graded in this run), run it once more on the learner's own earlier code to say whether that
/// is what holds it back. Without isolation (<see cref="GradeOptions.Isolate"/> false) each kata
/// is compiled on the learner's own earlier katas only, as `dotnet test` compiles it.
/// A compiler is expensive to warm up, so one pipeline serves many submissions.
/// </summary>
public sealed class GradingPipeline(CourseLayout course) : ISubmissionGrader
{
    private readonly IsolatedCompiler compiler = new(CourseSources.Library(course));

    /// <summary>The course this pipeline grades against.</summary>
    public CourseLayout Course => course;

    /// <summary>Grades the katas under <paramref name="katasRoot"/> (a folder holding 01-sigmoid/ and the rest).</summary>
    public GradeReport Grade(string name, string katasRoot, GradeOptions options) => Grade(name, katasRoot, options, new StageTimes());

    /// <summary>Grades as <see cref="Grade(string, string, GradeOptions)"/> does, adding each stage's time to <paramref name="times"/>.</summary>
    public GradeReport Grade(string name, string katasRoot, GradeOptions options, StageTimes times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var clock = Stopwatch.StartNew();
        var katas = options.KataId is null ? course.Manifest.Katas : [course.Manifest.Find(options.KataId)];
        var isolates = Isolates(options);
        var sources = katas.ToDictionary(k => k, k => Sources(k, options, step => step == k || !isolates ? katasRoot : course.SolutionsDirectory));

        // The learner's own katas that have not changed since they were graded need neither a
        // compiler nor a worker. (Isolation grades a kata by its neighbours' results too, and is
        // for other people's work, which is never kept.)
        var stored = options.Cache is { } cache && !isolates ? new StoredGrades(cache) : null;
        var keys = stored is null ? [] : sources.Where(s => s.Value.Refusal is null).ToDictionary(s => s.Key, s => StoredKey(s.Key, s.Value));
        var found = keys.Select(k => (Kata: k.Key, Grade: stored!.Find(k.Value))).Where(k => k.Grade is not null).ToDictionary(k => k.Kata, k => k.Grade!);
        times.Add("read", clock.Elapsed);

        var graded = GradeAfresh([.. katas.Where(k => !found.ContainsKey(k))], katasRoot, options, sources, times);
        clock.Restart();
        stored?.Keep(graded.Where(g => keys.ContainsKey(g.Key)).Select(g => KeyValuePair.Create(keys[g.Key], g.Value)));
        times.Add("keep", clock.Elapsed);
        return new GradeReport(name, [.. katas.Select(k => found.TryGetValue(k, out var grade) ? grade : graded[k])], null).WithSandboxOf(options.Limits);
    }

    /// <summary>Starts a compile server and a worker in the background, ready for the next grading with <paramref name="options"/>.</summary>
    public void WarmUp(GradeOptions options)
    {
        compiler.Prewarm(options.SandboxedCompileLimits);
        WorkerPool.Prewarm(options.Limits);
    }

    private Dictionary<KataDefinition, KataGrade> GradeAfresh(IReadOnlyList<KataDefinition> katas, string katasRoot, GradeOptions options, Dictionary<KataDefinition, KataSources> sources, StageTimes times)
    {
        if (katas.Count == 0)
        {
            return [];
        }

        // The worker starts while the katas compile.
        WarmUp(options);
        var isolates = Isolates(options);
        var isolated = times.Measure("compile", () => BuildAll(katas, k => Compile(k, sources[k], options)));
        var results = times.Measure("run", () => Run(isolated, options, null));

        // A kata on top of an earlier kata that was too complex to compile would only be stopped again.
        // Earlier katas word for word the reference code make the same program as the isolated
        // build: its run would only repeat that one's result (or, on a loaded machine, miscount it).
        var own = katas
            .Where(k => isolates && results.TryGetValue(k, out var r) && r.End == JobEnd.Completed && NeedsOwnRun(k, results, katas))
            .Where(k => !course.Manifest.UpTo(k).Any(step => isolated.TryGetValue(step, out var b) && b.Compiled is { } c && IsolatedCompiler.IsTooComplex(c)))
            .ToDictionary(k => k, k => Sources(k, options, _ => katasRoot))
            .Where(own => !SameCode(own.Value, sources[own.Key]))
            .ToDictionary();
        var ownBuilds = times.Measure("compile", () => BuildAll([.. own.Keys], k => Compile(k, own[k], options)));
        var ownResults = times.Measure("run", () => Run(ownBuilds, options, "on your own earlier code"));
        return times.Measure("score", () => katas.ToDictionary(k => k, k => Grade(k, options, isolated[k], results, ownBuilds, ownResults)));
    }

    private KataGrade Grade(
        KataDefinition kata,
        GradeOptions options,
        KataBuild build,
        Dictionary<KataDefinition, JobResult> results,
        Dictionary<KataDefinition, KataBuild> ownBuilds,
        Dictionary<KataDefinition, JobResult> ownResults)
    {
        if (build.Missing is not null)
        {
            return Scorer.NotRun(kata, KataStatus.Missing, [], $"{build.Missing} is missing from the submission.");
        }

        var compiled = build.Compiled!;
        if (!compiled.Succeeded)
        {
            return Scorer.NotRun(kata, KataStatus.CompileError, compiled.Errors, $"{kata.Id} does not compile: fix the errors at the lines shown.");
        }

        var result = CountedTests.Of(results[kata], compiled.TestLocations);
        var note = Isolates(options) ? IsolationNote(kata, result, ownBuilds, ownResults) : NoIsolationNote(kata, result, options);
        var hiddenFiles = ExtraTests(kata, options).Select(file => file.DisplayPath).ToHashSet(StringComparer.Ordinal);
        var hiddenClasses = compiled.TestLocations.Where(l => hiddenFiles.Contains(l.File)).Select(l => l.ClassName).ToHashSet(StringComparer.Ordinal);
        return Scorer.Score(kata, result, note, outcome => hiddenClasses.Contains(outcome.ClassName));
    }

    // A student template (`classroom export`) ships without solutions/: there every kata is graded
    // on the learner's own earlier katas, and a kata that is not passing says so.
    private bool Isolates(GradeOptions options) => options.Isolate && Directory.Exists(course.SolutionsDirectory);

    private string? NoIsolationNote(KataDefinition kata, JobResult result, GradeOptions options) =>
        course.Manifest.UpTo(kata).Count > 1 && (result.End != JobEnd.Completed || result.Outcomes.Any(o => o.Status != TestStatus.Passed))
            ? options.Isolate
                ? "Graded on your own code of the earlier katas (this copy of the grader has no reference solutions to grade it in isolation): if an earlier kata fails, fix that one first."
                : $"Graded on your own code of the earlier katas, as `dotnet test katas/{kata.Id}` builds it: if an earlier kata fails, fix that one first."
            : null;

    private static string? IsolationNote(
        KataDefinition kata,
        JobResult isolated,
        Dictionary<KataDefinition, KataBuild> ownBuilds,
        Dictionary<KataDefinition, JobResult> ownResults)
    {
        if (!ownBuilds.TryGetValue(kata, out var ownBuild))
        {
            return null;
        }

        var passedIsolated = isolated.Outcomes.Count(o => o.Status == TestStatus.Passed);
        if (!ownBuild.Runnable)
        {
            return $"Graded with the reference code of the earlier katas, because your own earlier katas {(ownBuild.Missing is not null ? "are missing a file" : "do not compile")} together with this one.";
        }

        var own = ownResults[kata];
        var passedOwn = own.End == JobEnd.Completed ? own.Outcomes.Count(o => o.Status == TestStatus.Passed) : 0;
        return passedOwn < passedIsolated
            ? $"Passes {passedIsolated} of {isolated.Outcomes.Count} tests with the reference code of the earlier katas, but {passedOwn} on your own earlier code: fix the earlier katas and this one will follow."
            : null;
    }

    // Run a kata on the learner's own earlier code only when an earlier kata is not passing, or
    // was not graded in this run (`--kata`): otherwise it would tell us nothing the isolated run
    // did not. (An earlier kata that does not compile has no result, and counts as not passing.)
    private bool NeedsOwnRun(KataDefinition kata, Dictionary<KataDefinition, JobResult> results, IReadOnlyCollection<KataDefinition> graded) =>
        course.Manifest.UpTo(kata).SkipLast(1).Any(step =>
            !graded.Contains(step)
            || !results.TryGetValue(step, out var earlier)
            || earlier.End != JobEnd.Completed
            || earlier.Outcomes.Any(o => o.Status != TestStatus.Passed));

    // Same languages and same texts, whatever the files are called: a program that behaves the same.
    private static bool SameCode(KataSources one, KataSources other) =>
        one.Steps is { } steps && other.Steps is { } otherSteps && steps.Count == otherSteps.Count
        && steps.Zip(otherSteps).All(pair =>
            pair.First.Language == pair.Second.Language
            && pair.First.Files.Select(f => f.Text).SequenceEqual(pair.Second.Files.Select(f => f.Text), StringComparer.Ordinal));

    // The katas compile independently, so they compile side by side: Roslyn is CPU-bound and the
    // machine has cores to spare while the worker starts.
    private static Dictionary<KataDefinition, KataBuild> BuildAll(IReadOnlyList<KataDefinition> katas, Func<KataDefinition, KataBuild> build)
    {
        var builds = new KataBuild[katas.Count];
        Parallel.For(0, katas.Count, index => builds[index] = build(katas[index]));
        return katas.Zip(builds).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    // A kata's sources as the compiler will get them, or the build that says why there are none.
    private KataSources Sources(KataDefinition kata, GradeOptions options, Func<KataDefinition, string> rootOf)
    {
        var steps = new List<LearnerStep>();
        foreach (var step in course.Manifest.UpTo(kata))
        {
            var root = rootOf(step);
            var language = root == course.SolutionsDirectory ? KataLanguage.CSharp : options.Language ?? LanguageDetector.Detect(step, root);
            var files = step.FilesIn(language).Select(file => (Path: Path.Combine(root, step.Id, file), Display: $"{step.Id}/{file}")).ToList();
            var missing = files.FirstOrDefault(f => !File.Exists(f.Path));
            if (missing.Path is not null)
            {
                return KataSources.Refused(new KataBuild(null, missing.Display));
            }

            var unreadable = files
                .Select(f => (Shown: CourseSources.LearnerDisplayPath(root, f.Path), f.Path))
                .Select(f => (f.Shown, Problem: LearnerFileCheck.Problem(f.Path, f.Shown)))
                .FirstOrDefault(f => f.Problem is not null);
            if (unreadable.Problem is not null)
            {
                return KataSources.Refused(new KataBuild(new CompiledKata(null, [new CompileDiagnostic(unreadable.Shown, 1, 1, LearnerFileCheck.DiagnosticId, unreadable.Problem)], []), null));
            }

            steps.Add(new LearnerStep(language, CourseSources.StepFiles(step, root, language)));
        }

        var tests = CourseSources.Tests(course, kata).Concat(ExtraTests(kata, options)).ToList();
        return new KataSources(steps, tests, null);
    }

    private string StoredKey(KataDefinition kata, KataSources sources) =>
        StoredGrades.Key(compiler.Fingerprint(AssemblyName(kata), sources.Steps!, sources.Tests), ReferenceSnapshots.Read(ReferenceSnapshots.For(course, kata)));

    private KataBuild Compile(KataDefinition kata, KataSources sources, GradeOptions options) =>
        sources.Refusal ?? new KataBuild(compiler.CompileSteps(AssemblyName(kata), sources.Steps!, sources.Tests, options.SandboxedCompileLimits), null);

    private static string AssemblyName(KataDefinition kata) => $"Kata.{kata.Id}";

    private static IEnumerable<SourceFile> ExtraTests(KataDefinition kata, GradeOptions options) =>
        options.ExtraTestFolders
            .Select(folder => Path.Combine(folder, kata.Id))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .Select(path => SourceFile.Read(path, path));

    private Dictionary<KataDefinition, JobResult> Run(Dictionary<KataDefinition, KataBuild> builds, GradeOptions options, string? variant)
    {
        var runnable = builds.Where(b => b.Value.Runnable).Select(b => b.Key).ToList();
        var jobs = runnable
            .Select(kata => KataJob.For(variant is null ? kata.Id : $"{kata.Id} ({variant})", builds[kata].Compiled!, ReferenceSnapshots.For(course, kata)))
            .ToList();
        var results = jobs.Count == 0 ? [] : WorkerSupervisor.Run(jobs, options.Limits);
        return runnable.Zip(results).ToDictionary(pair => pair.First, pair => pair.Second);
    }
}
