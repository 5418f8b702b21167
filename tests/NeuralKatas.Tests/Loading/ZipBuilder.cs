using System.IO.Compression;
using System.Text;

namespace NeuralKatas.Tests.Loading;

/// <summary>Builds test zips entry by entry, hostile ones included: any name, any Unix mode bits.</summary>
public sealed class ZipBuilder
{
    // Unix mode bits live in the high 16 bits of ExternalAttributes: S_IFREG | 0644.
    public const int RegularFileMode = 0x81A4;

    // S_IFLNK | 0777.
    public const int SymbolicLinkMode = 0xA1FF;

    private readonly List<(string Name, byte[] Data, int? Mode)> entries = [];

    private readonly CompressionLevel level;

    /// <summary>A builder whose entries are compressed at <paramref name="level"/>; NoCompression stores them as they are.</summary>
    public ZipBuilder(CompressionLevel level = CompressionLevel.Optimal)
    {
        this.level = level;
    }

    /// <summary>Adds a text entry.</summary>
    public ZipBuilder Add(string name, string text = "// a learner's file\n") => Add(name, Encoding.UTF8.GetBytes(text));

    /// <summary>Adds an entry with these bytes and, when given, these Unix mode bits.</summary>
    public ZipBuilder Add(string name, byte[] data, int? unixMode = null)
    {
        entries.Add((name, data, unixMode));
        return this;
    }

    /// <summary>Adds entries for each of <paramref name="names"/>, each holding a line of source.</summary>
    public ZipBuilder AddEach(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Add(name);
        }

        return this;
    }

    /// <summary>The zip, as bytes.</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data, mode) in entries)
            {
                var entry = archive.CreateEntry(name, level);
                if (mode is { } bits)
                {
                    entry.ExternalAttributes = bits << 16;
                }

                using var stream = entry.Open();
                stream.Write(data);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the zip to <paramref name="path"/> and returns the path.</summary>
    public string WriteTo(string path)
    {
        File.WriteAllBytes(path, ToBytes());
        return path;
    }
}
