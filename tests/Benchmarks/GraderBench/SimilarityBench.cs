using System.Diagnostics;
using System.Globalization;
using System.Text;
using NeuralKatas.Grader.ClassReport;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.GraderBench;

/// <summary>
/// <c>similarity ROOT [SIZE…]</c>: times the class report for generated classes of each size (default
/// 100, 300 and 1 000): the similarity check on its own, then the whole report (check, statistics,
/// report.html and class.json). Each student's learner files are random but valid-looking C#, so their
/// fingerprints are mostly their own, as honest work is; one student in fifty hands in a renamed copy
/// of another's, so pairs and passages are found and written too.
/// </summary>
internal static class SimilarityBench
{
    private static readonly string[] Calls = ["Multiply", "Transpose", "Add", "Subtract", "Map", "Scale", "SumColumns", "AddRowVector"];

    public static int Run(CourseLayout course, IReadOnlyList<int> sizes)
    {
        var katas = course.Manifest.Katas.Select(k => k.Id).ToList();
        var stubs = ClassSources.Stubs(course, katas);
        Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores; k={SimilarityOptions.Default.K}, window={SimilarityOptions.Default.Window}");
        foreach (var size in sizes)
        {
            var students = Generate(course.Manifest, size);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var check = Stopwatch.StartNew();
            var result = new SimilarityCheck(SimilarityOptions.Default).Run(students, katas, stubs);
            check.Stop();
            var checkCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

            var folder = Directory.CreateTempSubdirectory("nk-similarity-bench-").FullName;
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var report = Stopwatch.StartNew();
            new ClassReportWriter(SimilarityOptions.Default).Write(folder, students, katas, stubs);
            report.Stop();
            var reportCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var html = new FileInfo(Path.Combine(folder, ClassReportWriter.HtmlFileName)).Length;
            Directory.Delete(folder, recursive: true);

            Console.WriteLine(FormattableString.Invariant(
                $"students={size} pairs_possible={(long)size * (size - 1) / 2 * katas.Count} pairs_sharing_code={result.Katas.Sum(k => k.PairsWithSharedCode)} too_short={result.Katas.Sum(k => k.TooShort)} pairs_listed={result.Pairs.Count} similarity_seconds={check.Elapsed.TotalSeconds:F3} similarity_cpu_seconds={checkCpu.TotalSeconds:F3} report_seconds={report.Elapsed.TotalSeconds:F3} report_cpu_seconds={reportCpu.TotalSeconds:F3} report_html_kib={html / 1024}"));
        }

        return 0;
    }

    private static List<StudentWork> Generate(Manifest manifest, int size)
    {
        var random = new Random(size);
        var students = new List<StudentWork>(size);
        for (var n = 0; n < size; n++)
        {
            var copyOf = n > 0 && n % 50 == 0 ? students[random.Next(n)] : null;
            var sources = manifest.Katas.SelectMany(kata => kata.LearnerFiles.Select(file => new LearnerSource(
                kata.Id,
                file,
                copyOf?.Sources.First(s => s.Kata == kata.Id && s.File == file).Text.Replace("value", "renamed", StringComparison.Ordinal) ?? File(random)))).ToList();
            var grades = manifest.Katas.Select(kata =>
            {
                var passed = random.Next(11);
                var tests = Enumerable.Range(0, 10).Select(t => new TestGrade($"Test_{t}", t < passed ? TestStatus.Passed : TestStatus.Failed, string.Empty, t < passed ? 1 : 0, 1, TimeSpan.Zero)
                {
                    Mistake = t >= passed && t % 3 == 0 ? $"{kata.Id}-mistake-{t}" : null,
                }).ToList();
                return new KataGrade(kata.Id, kata.Title, passed == 10 ? KataStatus.Passed : KataStatus.Failed, passed, 10, tests, [], null, null);
            }).ToList();
            students.Add(new StudentWork(new GradeReport($"student-{n:D4}", grades, null), sources));
        }

        return students;
    }

    private static string File(Random random)
    {
        var text = new StringBuilder("namespace NeuralKatas;\n\npublic static class Generated\n{\n");
        for (var method = 0; method < 3; method++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    public static Matrix Method{method}(Matrix value, Network network)\n    {{\n");
            for (var line = 0; line < 8; line++)
            {
                text.Append("        ").Append(Statement(random, line)).Append('\n');
            }

            text.Append("        return value;\n    }\n\n");
        }

        return text.Append("}\n").ToString();
    }

    // Statements whose token kinds (not only names) vary, since identifiers and literals are normalised away.
    private static string Statement(Random random, int line) => random.Next(4) switch
    {
        0 => $"var v{line} = {Expression(random, 3)};",
        1 => $"for (var i = 0; i < value.Rows; i++) {{ value[i, 0] {Pick(random, "+=", "-=", "*=")} {Expression(random, 2)}; }}",
        2 => $"if ({Expression(random, 2)} {Pick(random, ">", "<=", "==", "!=")} {Expression(random, 1)}) {{ value = value.{Pick(random, Calls)}(value); }}",
        _ => $"value = value.Map(x => {Expression(random, 2)});",
    };

    private static string Expression(Random random, int depth)
    {
        var terms = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Term(random, depth));
        return string.Join($" {Pick(random, "+", "-", "*", "/")} ", terms);
    }

    private static string Term(Random random, int depth) => (depth <= 0 ? random.Next(3) : random.Next(7)) switch
    {
        0 => random.Next(9).ToString(CultureInfo.InvariantCulture),
        1 => "x",
        2 => "value[0, 0]",
        3 => $"({Expression(random, depth - 1)})",
        4 => $"Math.Exp({Expression(random, depth - 1)})",
        5 => $"value.{Pick(random, Calls)}().Sum()",
        _ => $"-{Term(random, depth - 1)}",
    };

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
