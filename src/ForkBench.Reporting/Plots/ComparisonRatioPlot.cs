using ForkBench.Results.Comparison;
using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;
using ScottPlot;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// Current vs baseline as a forest plot: per measurement the ratio of
/// medians with its confidence interval, coloured by verdict, against a
/// line at 1 (no change). An interval that crosses the line is noise. Rows
/// carry the short labels the text table uses, which lists the full ids.
/// </summary>
public static class ComparisonRatioPlot
{
    private const double RowHeight = 24;

    /// <summary>At most this share of the width goes to the row labels left of the data.</summary>
    private const double MaxLabelShare = 0.38;

    /// <summary>Height in pixels that gives each of <paramref name="rows"/> rows room for its label.</summary>
    public static int HeightFor(int rows) => (int)Math.Max(PlotStyle.Height, 170 + RowHeight * rows);

    public static Plot Create(IReadOnlyList<ComparisonRow> rows, ReportHeader? header,
        string baselineLabel = "baseline", string currentLabel = "current")
    {
        // Run ids make a title too long to read: then the title stays generic
        // and a subtitle line names the two runs.
        string title = $"{currentLabel} vs {baselineLabel}: ratio of medians with 95% CI";
        string? note = null;
        if (PlotFont.Width(title, PlotStyle.TitleSize, bold: true) > PlotStyle.Width - 240)
        {
            title = "current vs baseline: ratio of medians with 95% CI";
            note = $"current: {currentLabel}   baseline: {baselineLabel}";
        }
        var plot = PlotStyle.Create(title, header, note);
        var valid = rows.Where(r => double.IsFinite(r.Ratio) && double.IsFinite(r.RatioLow) && double.IsFinite(r.RatioHigh)).ToList();
        if (valid.Count == 0)
            return PlotStyle.NoData(plot);

        // Row 0 at the top, as the table lists them.
        double RowY(int i) => valid.Count - 1 - i;
        foreach (var verdict in new[] { Verdict.Faster, Verdict.Slower, Verdict.Same, Verdict.Unknown })
        {
            var indices = Enumerable.Range(0, valid.Count).Where(i => valid[i].Verdict == verdict).ToList();
            if (indices.Count > 0)
                AddVerdict(plot, verdict, indices.Select(i => valid[i]).ToList(), [.. indices.Select(RowY)]);
        }

        double low = valid.Min(r => Math.Min(r.Ratio, Math.Min(r.RatioLow, r.RatioHigh)));
        double high = valid.Max(r => Math.Max(r.Ratio, Math.Max(r.RatioLow, r.RatioHigh)));
        low = Math.Min(low, 1);
        high = Math.Max(high, 1);
        double span = Math.Max(high - low, 0.02);
        // The change in percent goes in a column at the right edge, clear of
        // every interval and of the line at 1 (beside each interval it crossed them).
        double right = high + span * 0.3;
        for (int i = 0; i < valid.Count; i++)
        {
            var r = valid[i];
            var label = plot.Add.Text(NumberFormat.SignedPercent(r.ChangePercent, 1), right, RowY(i));
            label.LabelFontSize = PlotStyle.TickLabelSize;
            label.LabelFontColor = ColorOf(r.Verdict);
            label.LabelAlignment = Alignment.MiddleRight;
            label.OffsetX = -4;
        }
        plot.Axes.SetLimits(low - span * 0.05, right, -0.7, valid.Count - 0.3);
        var one = plot.Add.VerticalLine(1, 1.5f, PlotStyle.AxisColor, LinePattern.Dashed);
        one.LegendText = "";

        double labelWidth = PlotStyle.Width * MaxLabelShare;
        plot.Axes.Left.TickGenerator = new FixedTicks(
            [.. valid.Select((_, i) => RowY(i))],
            [.. valid.Select(r => PlotStyle.Label(r.Name, labelWidth, PlotStyle.TickLabelSize))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => NumberFormat.Compact(v),
        };
        plot.XLabel("ratio current / baseline (1 = no change)");
        PlotStyle.ShowLegend(plot);
        return plot;
    }

    internal static Color ColorOf(Verdict verdict) => verdict switch
    {
        Verdict.Faster => Palette.Faster,
        Verdict.Slower => Palette.Slower,
        Verdict.Unknown => Palette.Unknown,
        _ => Palette.Same,
    };

    internal static string LegendName(Verdict verdict) => verdict switch
    {
        Verdict.Faster => "faster",
        Verdict.Slower => "slower",
        Verdict.Unknown => "unknown (too few samples)",
        _ => "no significant change",
    };

    private static void AddVerdict(Plot plot, Verdict verdict, List<ComparisonRow> rows, double[] ys)
    {
        var color = ColorOf(verdict);
        double[] ratios = [.. rows.Select(r => r.Ratio)];
        var interval = new ScottPlot.Plottables.ErrorBar(ratios, ys,
            [.. rows.Select(r => Math.Max(0, r.RatioHigh - r.Ratio))], [.. rows.Select(r => Math.Max(0, r.Ratio - r.RatioLow))],
            null, null)
        {
            Color = color,
            LineWidth = 2,
            CapSize = 8,
        };
        plot.Add.Plottable(interval);
        var points = plot.Add.ScatterPoints(ratios, ys, color);
        points.MarkerSize = 9;
        points.LegendText = LegendName(verdict);
    }
}
