using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Reporting.Internal;
using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Learner;

/// <summary>
/// Picks the first problem of a kata and the place in the learner's file to look at. A compile
/// error carries its own line, and so does a failure whose stack trace passes through the learner's
/// file (the worker finds the deepest such frame). Otherwise the test is matched to the learner
/// method it names: a test is called after the method it checks (SigmoidDerivative_matches_the_formula)
/// and a stub's exception names its member (Activation.Sigmoid is still a TODO…). The line is that
/// method's TODO, or its declaration.
/// </summary>
public static class ProblemFinder
{
    /// <summary>The first problem of <paramref name="grade"/>, or null when it passes.</summary>
    public static KataProblem? First(CourseLayout course, KataDefinition kata, KataGrade grade)
    {
        if (grade.Status == KataStatus.Passed)
        {
            return null;
        }

        var diagnostic = grade.Diagnostics.FirstOrDefault();
        if (grade.Status == KataStatus.CompileError && diagnostic is not null)
        {
            var more = grade.Diagnostics.Count - 1;
            var message = more > 0 ? $"{diagnostic.Id}: {diagnostic.Message}\n{Advice.MoreCompileErrors(more)}" : $"{diagnostic.Id}: {diagnostic.Message}";
            return new KataProblem(Advice.FirstCompileError, message, $"{diagnostic.File}:{diagnostic.Line}:{diagnostic.Column}");
        }

        var test = grade.Tests.FirstOrDefault(t => t.Status != TestStatus.Passed);
        if (test is null)
        {
            return new KataProblem(StatusText.Headline(grade.Status), grade.Error ?? string.Empty, FirstTodo(course, kata));
        }

        var headline = $"{test.Name} {StatusText.Words(test.Status)}";
        var text = grade.Error is null ? test.Message : $"{grade.Error}\n{test.Message}";
        return new KataProblem(headline, text.Trim(), test.Location ?? Locate(course, kata, test.Name, test.Message));
    }

    /// <summary>Where in the learner's files the method a test names is; the first TODO, or the first file, when none is named.</summary>
    public static string? Locate(CourseLayout course, KataDefinition kata, string testName, string message)
    {
        var methods = LearnerMethods(course, kata).ToList();
        var nameTokens = testName.Split('(')[0].Split('_');
        var named = methods
            .Where(m => nameTokens.Contains(m.Name, StringComparer.Ordinal) || message.Contains($"{m.Type}.{m.Name} ", StringComparison.Ordinal))
            .OrderByDescending(m => m.Name.Length)
            .FirstOrDefault();
        named ??= methods.Count == 1 ? methods[0] : null;
        return named is not null ? $"{named.File}:{named.Line}" : FirstTodo(course, kata);
    }

    private static string? FirstTodo(CourseLayout course, KataDefinition kata)
    {
        foreach (var file in kata.FilesIn(LearnerLanguage.Read(course)))
        {
            var path = Path.Combine(course.KataDirectory(kata), file);
            if (!File.Exists(path))
            {
                continue;
            }

            var lines = File.ReadAllLines(path);
            var todo = Array.FindIndex(lines, line => line.TrimStart().StartsWith("// TODO", StringComparison.Ordinal));
            return $"{Display(course, path)}:{(todo < 0 ? 1 : todo + 1)}";
        }

        return null;
    }

    private static IEnumerable<LearnerMethod> LearnerMethods(CourseLayout course, KataDefinition kata)
    {
        foreach (var file in kata.FilesIn(LearnerLanguage.Read(course)).Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var path = Path.Combine(course.KataDirectory(kata), file);
            if (!File.Exists(path))
            {
                continue;
            }

            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path));
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                var type = (method.Parent as BaseTypeDeclarationSyntax)?.Identifier.ValueText ?? string.Empty;
                var todo = method.DescendantTrivia().FirstOrDefault(t => t.ToString().StartsWith("// TODO", StringComparison.Ordinal));
                var at = todo.ToString().Length > 0 ? todo.GetLocation() : method.Identifier.GetLocation();
                yield return new LearnerMethod(type, method.Identifier.ValueText, Display(course, path), at.GetLineSpan().StartLinePosition.Line + 1);
            }
        }
    }

    private static string Display(CourseLayout course, string path) => Path.GetRelativePath(course.Root, path).Replace('\\', '/');

    private sealed record LearnerMethod(string Type, string Name, string File, int Line);
}
