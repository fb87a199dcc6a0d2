using System.Globalization;

namespace ForkBench.Reporting.Svg;

/// <summary>Coordinates in SVG: invariant culture, at most two decimals (a hundredth of a pixel is plenty).</summary>
public static class SvgNumber
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException("SVG coordinates must be finite.", nameof(value));
        string text = Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>"x1,y1 x2,y2 ..." for polyline and polygon points.</summary>
    public static string Points(IEnumerable<(double X, double Y)> points) =>
        string.Join(' ', points.Select(p => Format(p.X) + "," + Format(p.Y)));
}
