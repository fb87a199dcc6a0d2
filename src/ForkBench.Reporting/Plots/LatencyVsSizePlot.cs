using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Text;
using ForkBench.Results.Statistics;
using ScottPlot;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// fork() latency against RSS on log-log axes, one line per scenario over
/// a shaded band for the 95% interval of the median. On log-log axes linear
/// scaling is a line of slope one and the distance between two lines is
/// their ratio, which is how fork cost is argued about. Both axes plot log10
/// of the values (see <see cref="LogTicks"/>). Every interval is drawn (an
/// order-statistic interval lies within the positive samples); a point
/// without one keeps its median and is named in the subtitle, so a missing
/// band never reads as a zero spread.
/// </summary>
public static class LatencyVsSizePlot
{
    /// <summary>Points without an interval named one by one in the subtitle; more are counted.</summary>
    private const int MaxNamedPoints = 3;

    public static Plot Create(IReadOnlyList<LatencySeries> series, ReportHeader? header)
    {
        var valid = series.Select(s => s.Points.Where(Valid).OrderBy(p => p.SizeBytes).ToList()).ToList();
        var all = valid.SelectMany(p => p).ToList();
        var plot = PlotStyle.Create("fork() latency vs RSS", header, Note(series, valid));
        if (all.Count == 0)
            return PlotStyle.NoData(plot);

        var x = LogTicks.PowersOfTwo(all.Min(p => p.SizeBytes), all.Max(p => p.SizeBytes), v => SizeFormat.Format((long)v));
        var y = LogTicks.Decades(all.Min(p => Math.Min(p.LowNs ?? p.MedianNs, p.MedianNs)), all.Max(p => Math.Max(p.HighNs ?? p.MedianNs, p.MedianNs)), v => DurationFormat.Format(v, 1));
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

    /// <summary>A point a log axis can show: size and median positive and finite, and its bounds, where it has them.</summary>
    internal static bool Valid(LatencyPoint p) =>
        p.SizeBytes > 0 && p.MedianNs > 0 && double.IsFinite(p.MedianNs)
        && (!p.HasInterval || (p.LowNs > 0 && double.IsFinite(p.LowNs!.Value) && p.HighNs > 0 && double.IsFinite(p.HighNs!.Value)));

    /// <summary>What the bands are, and which drawn points have none.</summary>
    internal static string Note(IReadOnlyList<LatencySeries> series, IReadOnlyList<List<LatencyPoint>> valid)
    {
        string note = $"lines: median; bands: {IntervalMark.Level} interval of the median";
        var missing = valid.SelectMany((points, i) => points.Where(p => !p.HasInterval)
            .Select(p => $"{series[i].Name} at {SizeFormat.Format(p.SizeBytes)}")).ToList();
        if (missing.Count == 0)
            return note;
        string which = missing.Count <= MaxNamedPoints
            ? string.Join(", ", missing)
            : $"{missing.Count} of {valid.Sum(v => v.Count)} points";
        return note + $"\nno {IntervalMark.Level} interval (n < {SampleSummarizer.MinimumCountForMedianInterval()}): {which}";
    }

    private static void AddSeries(Plot plot, string name, List<LatencyPoint> points, Color color, LinePattern pattern)
    {
        double[] xs = [.. points.Select(p => Math.Log10(p.SizeBytes))];
        double[] medians = [.. points.Select(p => Math.Log10(p.MedianNs))];
        // A band joins neighbouring points that both have an interval; a
        // point with an interval but no such neighbour gets an error bar.
        foreach (var run in RunsWithInterval(points))
        {
            double[] runXs = [.. run.Select(i => xs[i])];
            double[] lows = [.. run.Select(i => Math.Log10(points[i].LowNs!.Value))];
            double[] highs = [.. run.Select(i => Math.Log10(points[i].HighNs!.Value))];
            if (run.Count > 1)
            {
                var band = plot.Add.FillY(runXs, lows, highs);
                band.FillColor = color.WithAlpha(0.18);
                band.LineWidth = 0;
                band.MarkerSize = 0;
            }
            else
            {
                double median = medians[run[0]];
                var bar = new ScottPlot.Plottables.ErrorBar(runXs, [median], null, null,
                    [Math.Max(0, highs[0] - median)], [Math.Max(0, median - lows[0])]);
                bar.Color = color;
                bar.LineWidth = 1.5f;
                plot.Add.Plottable(bar);
            }
        }
        var line = plot.Add.Scatter(xs, medians, color);
        line.LegendText = name;
        line.LineWidth = 2;
        line.LinePattern = pattern;
        line.MarkerSize = 7;
    }

    /// <summary>Indexes of consecutive points that have an interval, run by run.</summary>
    private static IEnumerable<List<int>> RunsWithInterval(List<LatencyPoint> points)
    {
        var run = new List<int>();
        for (int i = 0; i < points.Count; i++)
        {
            if (points[i].HasInterval)
            {
                run.Add(i);
                continue;
            }
            if (run.Count > 0)
                yield return run;
            run = [];
        }
        if (run.Count > 0)
            yield return run;
    }
}
