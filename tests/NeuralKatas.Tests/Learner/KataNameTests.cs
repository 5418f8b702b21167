using NeuralKatas.Grader.Commands;

namespace NeuralKatas.Tests.Learner;

/// <summary>A kata is found from any unambiguous part of its name; anything else is refused with the list of katas.</summary>
[TestFixture]
public sealed class KataNameTests
{
    private static readonly Grader.Course.Manifest Manifest = RepositoryRoot.Course.Manifest;

    [TestCase("4")]
    [TestCase("04")]
    [TestCase("backprop")]
    [TestCase("04-backprop")]
    [TestCase("BackProp")]
    [TestCase(" back ")]
    public void Any_unambiguous_part_of_a_name_finds_the_kata(string name)
    {
        var (kata, error) = KataName.Find(Manifest, name);

        Assert.That(error, Is.Null);
        Assert.That(kata?.Id, Is.EqualTo("04-backprop"));
    }

    [Test]
    public void A_part_that_fits_two_katas_is_refused_naming_both()
    {
        var (kata, error) = KataName.Find(Manifest, "in");

        Assert.That(kata, Is.Null);
        Assert.That(error, Does.Contain("02-init").And.Contain("05-train").And.Contain("give more of the name"));
    }

    [TestCase("9")]
    [TestCase("softmax")]
    [TestCase("")]
    public void A_name_that_fits_no_kata_is_refused_listing_the_katas(string name)
    {
        var (kata, error) = KataName.Find(Manifest, name);

        Assert.That(kata, Is.Null);
        Assert.That(error, Does.Contain("There is no kata"));
        foreach (var each in Manifest.Katas)
        {
            Assert.That(error, Does.Contain(each.Id));
        }
    }
}
