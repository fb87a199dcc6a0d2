using ForkBench.Reporting.Model;
using ScottPlot;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// Sizes, colours and the common frame of every plot: title, a subtitle
/// naming kernel and CPU, axis and tick fonts, the legend in a column right
/// of the data (never over it). 800x500 with 12-18 px text stays readable
/// when a PNG is shrunk into a mail or a slide.
/// </summary>
public static class PlotStyle
{
    public const int Width = 800;
    public const int Height = 500;

    public const float TitleSize = 18;
    public const float SubtitleSize = 13;
    public const float AxisTitleSize = 14;
    public const float TickLabelSize = 12;
    public const float LegendSize = 12;

    /// <summary>The widest a legend entry may be; longer names are shortened in the middle.</summary>
    public const double LegendTextWidth = 180;

    public static readonly Color TextColor = Color.FromHex("#222222");
    public static readonly Color MutedTextColor = Color.FromHex("#555555");
    public static readonly Color AxisColor = Color.FromHex("#333333");
    public static readonly Color GridColor = Color.FromHex("#d9d9d9");
    public static readonly Color MinorGridColor = Color.FromHex("#f0f0f0");

    /// <summary>
    /// A plot with the report's fonts, colours, title and subtitle, and no
    /// data yet. <paramref name="note"/> is an extra subtitle line above the
    /// host line. Title and subtitle are shortened to the width left of the
    /// legend once the legend is known (<see cref="ShowLegend"/>).
    /// </summary>
    public static Plot Create(string title, ReportHeader? header, string? note = null)
    {
        PlotFont.EnsureInstalled();
        var plot = new Plot();
        plot.Font.Set(PlotFont.Family);
        var caption = PlotCaption.For(title, header);
        plot.Axes.Title.Label.Text = caption.Title;
        plot.Axes.Title.Label.FontSize = TitleSize;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = TextColor;
        // Centred on the figure, not on the data area: a wide y axis (the
        // comparison's id labels) would otherwise push a long title off the right edge.
        plot.Axes.Title.FullFigureCenter = true;
        string[] subtitle = [.. new[] { note ?? "", caption.Subtitle }.Where(line => line.Length > 0)];
        if (subtitle.Length > 0)
            AddSubtitle(plot, string.Join('\n', subtitle));
        FitCaption(plot, Width);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = AxisTitleSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = TextColor;
            axis.TickLabelStyle.FontSize = TickLabelSize;
            axis.TickLabelStyle.ForeColor = TextColor;
            axis.FrameLineStyle.Color = AxisColor;
        }
        plot.Grid.MajorLineColor = GridColor;
        plot.Grid.MinorLineColor = MinorGridColor;
        plot.Grid.MinorLineWidth = 1;
        return plot;
    }

    /// <summary>The legend as a column right of the data area, one entry per named plottable.</summary>
    public static void ShowLegend(Plot plot)
    {
        var panel = plot.ShowLegend(Edge.Right);
        panel.Alignment = Alignment.UpperCenter;
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontColor = TextColor;
        plot.Legend.OutlineColor = GridColor;
        plot.Legend.ShadowColor = Colors.Transparent;
        // The resolver answers every family with the embedded font anyway;
        // skipping the per-label search keeps rendering independent of what is installed.
        plot.Legend.SetBestFontOnEachRender = false;
        // ScottPlot centres the title on the figure left of the legend column.
        using var paint = Paint.NewDisposablePaint();
        FitCaption(plot, Width - panel.Measure(paint));
    }

    /// <summary>Shortens title and subtitle lines that would not fit <paramref name="width"/> pixels.</summary>
    private static void FitCaption(Plot plot, double width)
    {
        foreach (var title in plot.Axes.GetPanels().OfType<ScottPlot.Panels.TitlePanel>())
        {
            var label = title.Label;
            label.Text = string.Join('\n', label.Text.Split('\n').Select(line => PlotFont.Fit(line, label.FontSize, width - 24, label.Bold)));
        }
    }

    /// <summary>
    /// A name as a plot label: each line shortened to <paramref name="width"/>
    /// pixels, other control characters (tabs) turned into spaces.
    /// </summary>
    public static string Label(string name, double width = LegendTextWidth, float size = LegendSize) =>
        string.Join('\n', name.Split('\n').Select(line =>
            PlotFont.Fit(new string([.. line.Select(c => char.IsControl(c) ? ' ' : c)]), size, width)));

    /// <summary>Says "no data" where the data would be, so an empty plot is not mistaken for a broken one.</summary>
    public static Plot NoData(Plot plot)
    {
        var text = plot.Add.Text("no data", 0, 0);
        text.LabelFontSize = 16;
        text.LabelFontColor = MutedTextColor;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
        plot.HideAxesAndGrid();
        // HideAxesAndGrid hides every panel, titles included: the titles say what is missing.
        foreach (var title in plot.Axes.GetPanels().OfType<ScottPlot.Panels.TitlePanel>())
            title.IsVisible = true;
        return plot;
    }

    private static void AddSubtitle(Plot plot, string subtitle)
    {
        var panel = new ScottPlot.Panels.TitlePanel();
        panel.Label.Text = subtitle;
        panel.Label.FontSize = SubtitleSize;
        panel.Label.Bold = false;
        panel.Label.ForeColor = MutedTextColor;
        panel.FullFigureCenter = true;
        plot.Axes.AddPanel(panel);
    }
}
