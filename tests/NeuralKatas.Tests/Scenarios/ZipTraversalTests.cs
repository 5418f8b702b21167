using NeuralKatas.Grader.Loading;
using NeuralKatas.Tests.Loading;

namespace NeuralKatas.Tests.Scenarios;

/// <summary>The scenario that has no report: a zip with a path-traversal entry is refused before anything is graded.</summary>
[TestFixture]
public sealed class ZipTraversalTests
{
    [Test]
    public void A_zip_with_a_traversal_entry_is_refused_with_a_message_naming_the_entry()
    {
        using var work = new TemporaryFolder();
        var zip = TraversalZip.WriteInto(work.Path);

        var error = Assert.Throws<SubmissionException>(() => SubmissionLoader.Load(zip, RepositoryRoot.Course.Manifest).Dispose());

        Assert.That(error!.Message, Does.Contain($"'{TraversalZip.EvilEntry}'").And.Contain("outside"));
        Assert.That(File.Exists(Path.Combine(Path.GetTempPath(), "evil.cs")), Is.False, "The traversal entry must not be written anywhere.");
    }
}
