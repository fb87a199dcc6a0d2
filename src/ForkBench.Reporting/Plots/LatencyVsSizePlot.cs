using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;
using ScottPlot;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// fork() latency against RSS on log-log axes, one line per scenario over
/// a shaded band for the spread. On log-log axes linear scaling is a line of
/// slope one and the distance between two lines is their ratio, which is
/// how fork cost is argued about. Both axes plot log10 of the values (see
/// <see cref="LogTicks"/>).
/// </summary>
public static class LatencyVsSizePlot
{
    public static Plot Create(IReadOnlyList<LatencySeries> series, ReportHeader? header,
        string spreadLabel = "95% CI of the median")
    {
        var plot = PlotStyle.Create("fork() latency vs RSS", header, $"lines: median; bands: {spreadLabel}");
        var valid = series.Select(s => s.Points.Where(Valid).OrderBy(p => p.SizeBytes).ToList()).ToList();
        var all = valid.SelectMany(p => p).ToList();
        if (all.Count == 0)
            return PlotStyle.NoData(plot);

        var x = LogTicks.PowersOfTwo(all.Min(p => p.SizeBytes), all.Max(p => p.SizeBytes), v => SizeFormat.Format((long)v));
        var y = LogTicks.Decades(all.Min(p => Math.Min(p.LowNs, p.MedianNs)), all.Max(p => Math.Max(p.HighNs, p.MedianNs)), v => DurationFormat.Format(v, 1));
        for (int i = 0; i < valid.Count; i++)
        {
            if (valid[i].Count > 0)
                AddSeries(plot, PlotStyle.Label(series[i].Name), valid[i], Palette.Series(i), Palette.Dash(i));
        }
        LogAxes.Apply(plot, x, y);
        plot.XLabel("RSS of the parent (log scale)");
        plot.YLabel("fork() latency (log scale)");
        PlotStyle.ShowLegend(plot);
        return plot;
    }

    /// <summary>A point a log axis can show: every value positive and finite.</summary>
    internal static bool Valid(LatencyPoint p) =>
        p.SizeBytes > 0 && p.MedianNs > 0 && double.IsFinite(p.MedianNs)
        && p.LowNs > 0 && double.IsFinite(p.LowNs) && p.HighNs > 0 && double.IsFinite(p.HighNs);

    private static void AddSeries(Plot plot, string name, List<LatencyPoint> points, Color color, LinePattern pattern)
    {
        double[] xs = [.. points.Select(p => Math.Log10(p.SizeBytes))];
        double[] medians = [.. points.Select(p => Math.Log10(p.MedianNs))];
        double[] lows = [.. points.Select(p => Math.Log10(p.LowNs))];
        double[] highs = [.. points.Select(p => Math.Log10(p.HighNs))];
        if (points.Count > 1)
        {
            var band = plot.Add.FillY(xs, lows, highs);
            band.FillColor = color.WithAlpha(0.18);
            band.LineWidth = 0;
            band.MarkerSize = 0;
        }
        else
        {
            // A single point has no band: show its spread as an error bar.
            var bar = new ScottPlot.Plottables.ErrorBar(xs, medians, null, null,
                [.. highs.Select((h, i) => Math.Max(0, h - medians[i]))], [.. lows.Select((l, i) => Math.Max(0, medians[i] - l))]);
            bar.Color = color;
            bar.LineWidth = 1.5f;
            plot.Add.Plottable(bar);
        }
        var line = plot.Add.Scatter(xs, medians, color);
        line.LegendText = name;
        line.LineWidth = 2;
        line.LinePattern = pattern;
        line.MarkerSize = 7;
    }
}
