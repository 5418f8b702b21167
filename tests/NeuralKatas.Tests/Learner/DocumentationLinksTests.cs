using System.Text;
using System.Text.RegularExpressions;

namespace NeuralKatas.Tests.Learner;

/// <summary>
/// The pages link to each other (README.md, docs/*.md, katas/*/README.md): every relative link
/// names a file that exists and every #anchor a heading of that page, as GitHub makes anchors.
/// </summary>
[TestFixture]
public sealed partial class DocumentationLinksTests
{
    private static string Root => RepositoryRoot.Course.Root;

    private static IEnumerable<string> Pages() =>
        new[] { Path.Combine(Root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md"))
            .Concat(Directory.EnumerateDirectories(RepositoryRoot.Course.KatasDirectory).Select(folder => Path.Combine(folder, "README.md")).Where(File.Exists))
            .Select(page => Path.GetRelativePath(Root, page).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Pages))]
    public void Every_relative_link_and_anchor_of_a_page_resolves(string page)
    {
        var path = Path.Combine(Root, page);
        var broken = new List<string>();

        foreach (var target in Links(File.ReadAllText(path)).Where(target => !Uri.TryCreate(target, UriKind.Absolute, out _)))
        {
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var linked = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(file)));
            if (!File.Exists(linked) && !Directory.Exists(linked))
            {
                broken.Add($"{target}: no such file");
            }
            else if (anchor is not null && linked.EndsWith(".md", StringComparison.Ordinal) && !Anchors(File.ReadAllText(linked)).Contains(anchor))
            {
                broken.Add($"{target}: no heading with that anchor");
            }
        }

        Assert.That(broken, Is.Empty, $"Broken links in {page}");
    }

    [Test]
    public void The_readme_points_instructors_and_maintainers_to_their_pages()
    {
        var links = Links(File.ReadAllText(Path.Combine(Root, "README.md"))).ToList();

        Assert.That(links, Is.SupersetOf(new[] { "docs/instructors.md", "docs/classroom.md", "docs/maintainers.md", "docs/performance.md" }));
    }

    // Links outside fenced code blocks: [text](target), the target up to a space or the closing parenthesis.
    private static IEnumerable<string> Links(string markdown) =>
        OutsideCode(markdown).SelectMany(line => LinkPattern().Matches(line).Select(match => match.Groups[1].Value));

    // GitHub's anchors: the heading in lower case, punctuation dropped (letters, digits, spaces,
    // hyphens and underscores stay), spaces made hyphens; a repeated heading gets -1, -2, ….
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in OutsideCode(markdown).Where(line => line.StartsWith('#')))
        {
            var text = line.TrimStart('#').Trim().ToLowerInvariant();
            var slug = new StringBuilder();
            foreach (var c in text.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_'))
            {
                slug.Append(c == ' ' ? '-' : c);
            }

            var anchor = slug.ToString();
            for (var n = 1; !anchors.Add(anchor); n++)
            {
                anchor = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    private static IEnumerable<string> OutsideCode(string markdown)
    {
        var inCode = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            if (!inCode)
            {
                yield return Regex.Replace(line, "`[^`]*`", string.Empty);
            }
        }
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex LinkPattern();
}
