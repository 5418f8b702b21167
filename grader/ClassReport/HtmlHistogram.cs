using System.Globalization;

namespace NeuralKatas.Grader.ClassReport;

/// <summary>A kata's score distribution as inline SVG: one bar per score band, each carrying its count in data attributes.</summary>
internal static class HtmlHistogram
{
    private const int Width = 320;
    private const int Height = 150;
    private const int Left = 28;
    private const int Bottom = 22;
    private const int Top = 14;

    /// <summary>The SVG element for <paramref name="kata"/>.</summary>
    public static string Svg(KataSummary kata)
    {
        var highest = Math.Max(1, kata.Histogram.Max());
        var barWidth = (Width - Left - 4) / (double)kata.Histogram.Count;
        var plotHeight = Height - Bottom - Top;
        var svg = new System.Text.StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"histogram\" data-kata=\"{Html.Text(kata.Id)}\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Scores in {Html.Text(kata.Id)}\">");
        for (var bin = 0; bin < kata.Histogram.Count; bin++)
        {
            var count = kata.Histogram[bin];
            var height = count * plotHeight / (double)highest;
            var x = Left + (bin * barWidth);
            var y = Top + plotHeight - height;
            var from = kata.MaxScore * bin / kata.Histogram.Count;
            var to = kata.MaxScore * (bin + 1) / kata.Histogram.Count;
            var band = bin == kata.Histogram.Count - 1 ? $"{Html.Number(from)} to {Html.Number(to)} points" : $"{Html.Number(from)} to under {Html.Number(to)} points";
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" data-bin=\"{bin}\" data-count=\"{count}\" x=\"{Html.Number(x + 1)}\" y=\"{Html.Number(y)}\" width=\"{Html.Number(barWidth - 2)}\" height=\"{Html.Number(height)}\"><title>{band}: {count} students</title></rect>");
            if (count > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Html.Number(x + (barWidth / 2))}\" y=\"{Html.Number(y - 2)}\" text-anchor=\"middle\">{count}</text>");
            }
        }

        var axis = Top + plotHeight;
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{axis}\" x2=\"{Width - 4}\" y2=\"{axis}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 6}\">0</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - 4}\" y=\"{Height - 6}\" text-anchor=\"end\">{Html.Number(kata.MaxScore)} points</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"{Top + 4}\">{highest}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
