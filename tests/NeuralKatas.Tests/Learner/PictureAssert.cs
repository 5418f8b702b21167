using SkiaSharp;

namespace NeuralKatas.Tests.Learner;

/// <summary>Opens a PNG and checks it is a real picture: the expected size, and not blank.</summary>
public static class PictureAssert
{
    /// <summary>Asserts that <paramref name="path"/> is a PNG of <paramref name="size"/> with at least <paramref name="minimumColours"/> distinct colours.</summary>
    public static void IsPicture(string path, (int Width, int Height) size, int minimumColours)
    {
        Assert.That(path, Does.Exist);
        using var bitmap = SKBitmap.Decode(path);
        Assert.That(bitmap, Is.Not.Null, $"{path} is not an image");
        Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo(size));
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                colours.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        Assert.That(colours, Has.Count.GreaterThanOrEqualTo(minimumColours), $"{path} looks blank");
    }
}
