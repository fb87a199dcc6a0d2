namespace ForkBench.Reporting.Plots;

/// <summary>
/// Sizes and colours shared by every plot. 800x500 with 12-18 px text stays
/// readable when a PNG is shrunk into a mail or a slide.
/// </summary>
public static class PlotStyle
{
    public const double Width = 800;
    public const double Height = 500;

    public const double TitleSize = 18;
    public const double SubtitleSize = 13;
    public const double AxisTitleSize = 14;
    public const double TickLabelSize = 12;
    public const double LegendSize = 13;

    public const string TextColor = "#222222";
    public const string MutedTextColor = "#555555";
    public const string AxisColor = "#333333";
    public const string GridColor = "#d9d9d9";
    public const string MinorGridColor = "#f0f0f0";

    /// <summary>
    /// Width of a text in pixels, estimated. SVG has no text measurement
    /// outside a browser; 0.6 em per character is the average advance of
    /// DejaVu Sans, a little wider than Arial, so estimates err on the safe side.
    /// </summary>
    public static double TextWidth(string text, double size) => text.Length * size * 0.6;

    /// <summary>A white outline behind a label so grid and reference lines crossing it do not hide it.</summary>
    public static void Halo(System.Xml.Linq.XElement text)
    {
        text.SetAttributeValue("stroke", "#ffffff");
        text.SetAttributeValue("stroke-width", "3");
        text.SetAttributeValue("stroke-linejoin", "round");
        text.SetAttributeValue("paint-order", "stroke");
    }

    /// <summary>The longest prefix-and-suffix abbreviation of text that fits in width pixels.</summary>
    public static string FitText(string text, double size, double width)
    {
        int chars = (int)Math.Floor(width / (size * 0.6));
        return Text.TextFit.Abbreviate(text, Math.Max(chars, 4));
    }
}
