using NeuralKatas.Grader.Loading;

namespace NeuralKatas.Tests.Loading;

[TestFixture]
public sealed class SafeZipExtractorTests
{
    private TemporaryFolder work = null!;

    private string Target => Path.Combine(work.Path, "unpacked");

    [SetUp]
    public void CreateWorkFolder() => work = new TemporaryFolder();

    [TearDown]
    public void DeleteWorkFolder() => work.Dispose();

    [Test]
    public void A_well_formed_zip_is_unpacked_with_its_folders_and_files()
    {
        var zip = new ZipBuilder()
            .Add("katas/", [])
            .Add("katas/01-sigmoid/Activation.cs", "class Activation {}\n")
            .Add("katas/01-sigmoid/README.md", "# Sigmoid\n"u8.ToArray(), ZipBuilder.RegularFileMode)
            .WriteTo(Path.Combine(work.Path, "good.zip"));

        SafeZipExtractor.Extract(zip, Target, ZipLimits.Default);

        Assert.That(File.ReadAllText(Path.Combine(Target, "katas", "01-sigmoid", "Activation.cs")), Is.EqualTo("class Activation {}\n"));
        Assert.That(File.Exists(Path.Combine(Target, "katas", "01-sigmoid", "README.md")), Is.True);
    }

    [TestCase("../evil.cs")]
    [TestCase("katas/../../evil.cs")]
    public void A_zip_entry_with_a_parent_path_is_refused(string entryName)
    {
        var zip = new ZipBuilder().Add(entryName).WriteTo(Path.Combine(work.Path, "traversal.zip"));

        var error = Assert.Throws<SubmissionException>(() => SafeZipExtractor.Extract(zip, Target, ZipLimits.Default));

        Assert.That(error.Message, Does.Contain(entryName).And.Contain("outside"));
        Assert.That(File.Exists(Path.Combine(work.Path, "evil.cs")), Is.False, "Nothing may be written outside the target folder.");
    }

    [TestCase("/tmp/evil.cs")]
    [TestCase("C:/evil.cs")]
    [TestCase("C:evil.cs")]
    [TestCase("..\\evil.cs")]
    [TestCase("katas\\..\\..\\evil.cs")]
    [TestCase("\\evil.cs")]
    public void A_zip_entry_with_an_absolute_drive_or_backslash_path_is_refused(string entryName)
    {
        var zip = new ZipBuilder().Add(entryName).WriteTo(Path.Combine(work.Path, "absolute.zip"));

        var error = Assert.Throws<SubmissionException>(() => SafeZipExtractor.Extract(zip, Target, ZipLimits.Default));

        Assert.That(error.Message, Does.Contain(entryName).And.Contain("outside"));
    }

    [Test]
    public void A_symbolic_link_entry_is_refused()
    {
        var zip = new ZipBuilder()
            .Add("katas/01-sigmoid/Activation.cs", "/etc/passwd"u8.ToArray(), ZipBuilder.SymbolicLinkMode)
            .WriteTo(Path.Combine(work.Path, "symlink.zip"));

        var error = Assert.Throws<SubmissionException>(() => SafeZipExtractor.Extract(zip, Target, ZipLimits.Default));

        Assert.That(error.Message, Does.Contain("katas/01-sigmoid/Activation.cs").And.Contain("symbolic link"));
    }

    [Test]
    public void A_zip_with_more_entries_than_the_limit_is_refused()
    {
        var zip = new ZipBuilder().AddEach(Enumerable.Range(0, 4).Select(i => $"file{i}.cs")).WriteTo(Path.Combine(work.Path, "many.zip"));

        var error = Assert.Throws<SubmissionException>(() => SafeZipExtractor.Extract(zip, Target, ZipLimits.Default with { MaxEntries = 3 }));

        Assert.That(error.Message, Does.Contain("4 entries").And.Contain("3"));
    }

    [Test]
    public void A_highly_compressible_entry_beyond_the_ratio_is_refused_as_a_zip_bomb()
    {
        var zip = new ZipBuilder().Add("bomb.cs", new byte[4 * 1024 * 1024]).WriteTo(Path.Combine(work.Path, "bomb.zip"));

        var error = Assert.Throws<SubmissionException>(() => SafeZipExtractor.Extract(zip, Target, ZipLimits.Default));

        Assert.That(error.Message, Does.Contain("bomb.cs").And.Contain("200:1"));
    }

    [Test]
    public void An_entry_beyond_the_default_size_limit_is_refused()
    {
        var zip = new ZipBuilder().Add("huge.cs", new byte[6 * 1024 * 1024]).WriteTo(Path.Combine(work.Path, "huge.zip"));

        var error = Assert.Throws<SubmissionException>(
            () => SafeZipExtractor.Extract(zip, Target, ZipLimits.Default with { MaxCompressionRatio = double.MaxValue }));

        Assert.That(error.Message, Does.Contain("huge.cs").And.Contain("5 MB"));
    }

    [Test]
    public void Entries_beyond_the_total_size_limit_are_refused()
    {
        var zip = new ZipBuilder()
            .Add("a.cs", Noise(600))
            .Add("b.cs", Noise(600))
            .WriteTo(Path.Combine(work.Path, "total.zip"));

        var error = Assert.Throws<SubmissionException>(() => SafeZipExtractor.Extract(zip, Target, ZipLimits.Default with { MaxTotalBytes = 1_000 }));

        Assert.That(error.Message, Does.Contain("in all"));
    }

    [Test]
    public void An_entry_whose_header_understates_its_size_never_unpacks_past_the_limit()
    {
        var bytes = new ZipBuilder().Add("liar.cs", Noise(10_000)).ToBytes();
        ClaimUncompressedSize(bytes, 10);
        var zip = Path.Combine(work.Path, "liar.zip");
        File.WriteAllBytes(zip, bytes);

        // Either outcome is safe: .NET stops inflating at the size the header claims, and the
        // extractor's own count refuses the entry should it ever go on.
        try
        {
            SafeZipExtractor.Extract(zip, Target, ZipLimits.Default with { MaxEntryBytes = 100 });
        }
        catch (SubmissionException)
        {
        }

        var written = Path.Combine(Target, "liar.cs");
        Assert.That(File.Exists(written) ? new FileInfo(written).Length : 0, Is.LessThanOrEqualTo(100));
    }

    [Test]
    public void A_stored_entry_longer_than_its_header_says_is_refused_by_counting_its_bytes()
    {
        // Stored entries are read to their compressed length whatever the header claims, so only
        // the extractor's own count stands between a lying header and a full disk.
        var bytes = new ZipBuilder(System.IO.Compression.CompressionLevel.NoCompression).Add("liar.cs", Noise(10_000)).ToBytes();
        ClaimUncompressedSize(bytes, 10);
        var zip = Path.Combine(work.Path, "stored-liar.zip");
        File.WriteAllBytes(zip, bytes);

        var error = Assert.Throws<SubmissionException>(() => SafeZipExtractor.Extract(zip, Target, ZipLimits.Default with { MaxEntryBytes = 100 }));

        Assert.That(error.Message, Does.Contain("liar.cs").And.Contain("more than 100 bytes"));
        Assert.That(new FileInfo(Path.Combine(Target, "liar.cs")).Length, Is.LessThanOrEqualTo(100));
    }

    [Test]
    public void An_entry_that_appears_twice_is_refused()
    {
        var zip = new ZipBuilder().Add("a.cs").Add("a.cs").WriteTo(Path.Combine(work.Path, "twice.zip"));

        var error = Assert.Throws<SubmissionException>(() => SafeZipExtractor.Extract(zip, Target, ZipLimits.Default));

        Assert.That(error.Message, Does.Contain("a.cs").And.Contain("twice"));
    }

    [Test]
    public void A_corrupt_zip_is_reported_as_unreadable()
    {
        var zip = Path.Combine(work.Path, "corrupt.zip");
        File.WriteAllText(zip, "this is not a zip file");

        var error = Assert.Throws<SubmissionException>(() => SafeZipExtractor.Extract(zip, Target, ZipLimits.Default));

        Assert.That(error.Message, Does.Contain("corrupt.zip").And.Contain("not a readable zip"));
    }

    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    // Rewrites the uncompressed size in the local header (offset 22) and the central directory
    // (offset 24), as a hand-made zip bomb would, leaving the compressed data as it is.
    private static void ClaimUncompressedSize(byte[] zip, uint size)
    {
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            var offset = signature switch
            {
                0x04034b50 => 22,
                0x02014b50 => 24,
                _ => -1,
            };
            if (offset >= 0)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + offset, 4), size);
            }
        }
    }
}
