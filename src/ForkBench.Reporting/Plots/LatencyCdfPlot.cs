using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Scales;
using ForkBench.Reporting.Svg;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// The distribution of fork() latency per scenario as an empirical CDF.
/// Unlike a median with an interval, a CDF shows tails and bimodality (e.g.
/// some forks hitting a slow path). Scenarios differ by up to four decades
/// while each one's spread is a few percent, so by default every sample is
/// divided by its scenario's median: on an absolute axis each CDF would be
/// a vertical line. The legend keeps the absolute medians.
/// </summary>
public static class LatencyCdfPlot
{
    public static string Render(IReadOnlyList<LatencyDistribution> distributions, ReportHeader? header,
        bool relativeToMedian = true)
    {
        var doc = new SvgDocument(PlotStyle.Width, PlotStyle.Height);
        var sizes = distributions.Select(d => d.SizeBytes).Distinct().ToList();
        string at = sizes.Count == 1 ? $" at {SizeFormat.Format(sizes[0])} RSS" : "";
        PlotCaption.For($"Distribution of fork() latency{at} (empirical CDF)", header).Draw(doc);
        var absolute = distributions
            .Select(d => d.SamplesNs.Where(v => v > 0 && double.IsFinite(v)).Order().ToList())
            .ToList();
        var medians = absolute.Select(s => s.Count == 0 ? double.NaN : Median(s)).ToList();
        var samples = relativeToMedian
            ? absolute.Select((s, i) => s.Select(v => v / medians[i]).ToList()).ToList()
            : absolute;
        var all = samples.SelectMany(s => s).ToList();
        if (all.Count == 0)
            return LatencyVsSizePlot.NoData(doc);

        IScale x = relativeToMedian ? LinearScale.Nice(all.Min(), all.Max(), 9) : LogScale.Decades(all.Min(), all.Max());
        var y = LinearScale.Nice(0, 1, 6);
        var entries = distributions.Select((d, i) => new LegendEntry(
            sizes.Count == 1 ? d.Name : $"{d.Name} @ {SizeFormat.Format(d.SizeBytes)}",
            Palette.Color(i), LegendSymbol.Line, Palette.Dash(i),
            relativeToMedian ? $"median {DurationFormat.Format(medians[i])}, n={absolute[i].Count}" : null)).ToList();
        string YLabel(double v) => NumberFormat.Compact(v * 100) + "%";
        var area = AxisPainter.Area(doc.Width, doc.Height, AxisPainter.LabelWidth(y, YLabel), Legend.Width(entries));

        if (relativeToMedian)
            AxisPainter.DrawX(doc, area, x, v => NumberFormat.Compact(v), "fork() latency / median of its scenario");
        else
            AxisPainter.DrawX(doc, area, x, v => DurationFormat.Format(v, 1), "fork() latency (log10)");
        AxisPainter.DrawY(doc, area, y, YLabel, "forks at most this slow");
        if (relativeToMedian && x.DomainMin <= 1 && x.DomainMax >= 1)
        {
            double one = AxisPainter.X(area, x, 1);
            doc.Line(one, area.Y, one, area.Bottom, PlotStyle.AxisColor, 1, "5 3", "reference");
        }
        var data = doc.Group("data");
        for (int i = 0; i < samples.Count; i++)
        {
            if (samples[i].Count == 0)
                continue;
            var line = data.Polyline(Steps(samples[i]).Select(p => (AxisPainter.X(area, x, p.X), AxisPainter.Y(area, y, p.Y))),
                Palette.Color(i), 2, Palette.Dash(i), "cdf");
            line.SetAttributeValue("data-series", entries[i].Name);
        }
        doc.Rect(area.X, area.Y, area.Width, area.Height, "none", PlotStyle.AxisColor, "plot-area");
        Legend.Draw(doc, area.Right, area.Y, area.Height, entries);
        return doc.ToString();
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary>The staircase of an empirical CDF: up by 1/n at every sorted sample.</summary>
    internal static IEnumerable<(double X, double Y)> Steps(IReadOnlyList<double> sorted)
    {
        int n = sorted.Count;
        yield return (sorted[0], 0);
        for (int i = 0; i < n; i++)
        {
            if (i > 0)
                yield return (sorted[i], (double)i / n);
            yield return (sorted[i], (double)(i + 1) / n);
        }
    }
}
