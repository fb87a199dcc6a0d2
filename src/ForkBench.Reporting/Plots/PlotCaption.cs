using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Svg;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// Title and subtitle of a plot. The subtitle names kernel and CPU: a PNG
/// gets forwarded without its report, and then it must still say where the
/// numbers come from.
/// </summary>
public sealed record PlotCaption(string Title, string Subtitle)
{
    public const double Top = 64;

    public static PlotCaption For(string title, ReportHeader? header) =>
        new(title, header is null ? "" : Describe(header));

    public static string Describe(ReportHeader h) =>
        $"Linux {h.Kernel} | {h.Cpu} | {h.Cores} CPUs | {SizeFormat.Format(h.MemoryBytes)}";

    public void Draw(SvgDocument doc)
    {
        double width = doc.Width - 32;
        doc.Text(16, 26, PlotStyle.FitText(Title, PlotStyle.TitleSize, width), PlotStyle.TitleSize,
            bold: true, cssClass: "title");
        if (Subtitle.Length > 0)
            doc.Text(16, 46, PlotStyle.FitText(Subtitle, PlotStyle.SubtitleSize, width), PlotStyle.SubtitleSize,
                fill: PlotStyle.MutedTextColor, cssClass: "subtitle");
    }
}
