namespace NeuralKatas.Tests.Reporting;

[TestFixture]
public sealed class ExpectedFileTests
{
    [Test]
    public void A_missing_expected_file_fails_and_is_not_created()
    {
        Assume.That(ExpectedFile.Updating, Is.False, "with the update switch on, a missing file is written by design");
        const string Name = "no-such-sample.txt";

        Assert.Multiple(() =>
        {
            Assert.That(() => ExpectedFile.AssertMatches(Name, "anything"), Throws.TypeOf<AssertionException>().With.Message.Contains("No expected file"));
            Assert.That(File.Exists(Path.Combine(ExpectedFile.Folder, Name)), Is.False);
        });
    }
}
