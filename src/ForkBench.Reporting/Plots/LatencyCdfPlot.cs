using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;
using ForkBench.Results.Statistics;
using ScottPlot;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// The distribution of fork() latency per scenario as an empirical CDF.
/// Unlike a median with an interval, a CDF shows tails and bimodality (e.g.
/// some forks hitting a slow path). Scenarios differ by up to four decades
/// while each one's spread is a few percent, so by default every sample is
/// divided by its scenario's median: on an absolute axis each CDF would be
/// a vertical line. The legend keeps the absolute medians, computed by
/// <see cref="SampleQuantile"/> like every other median the report prints.
/// </summary>
public static class LatencyCdfPlot
{
    public static Plot Create(IReadOnlyList<LatencyDistribution> distributions, ReportHeader? header,
        bool relativeToMedian = true)
    {
        var sizes = distributions.Select(d => d.SizeBytes).Distinct().ToList();
        string at = sizes.Count == 1 ? $" at {SizeFormat.Format(sizes[0])} RSS" : "";
        var plot = PlotStyle.Create($"fork() latency{at}: empirical CDF", header);
        var absolute = distributions
            .Select(d => d.SamplesNs.Where(v => v > 0 && double.IsFinite(v)).Order().ToList())
            .ToList();
        if (absolute.All(s => s.Count == 0))
            return PlotStyle.NoData(plot);

        for (int i = 0; i < absolute.Count; i++)
        {
            if (absolute[i].Count == 0)
                continue;
            double median = SampleQuantile.Median(absolute[i]);
            var steps = Steps(absolute[i]).ToList();
            double[] xs = [.. steps.Select(p => relativeToMedian ? p.X / median : Math.Log10(p.X))];
            var line = plot.Add.ScatterLine(xs, steps.Select(p => p.Y).ToArray(), Palette.Series(i));
            var d = distributions[i];
            string name = sizes.Count == 1 ? d.Name : $"{d.Name} @ {SizeFormat.Format(d.SizeBytes)}";
            line.LegendText = relativeToMedian
                ? PlotStyle.Label($"{name}\nmedian {DurationFormat.Format(median)}, n={absolute[i].Count}")
                : PlotStyle.Label(name);
            line.LineWidth = 2;
            line.LinePattern = Palette.Dash(i);
        }

        var all = absolute.SelectMany(s => s).ToList();
        if (relativeToMedian)
        {
            var ratios = plot.PlottableList.OfType<ScottPlot.Plottables.Scatter>()
                .SelectMany(s => s.Data.GetScatterPoints()).Select(p => p.X).ToList();
            double min = Math.Min(ratios.Min(), 1), max = Math.Max(ratios.Max(), 1), pad = (max - min) * 0.04 + 1e-3;
            plot.Axes.SetLimitsX(min - pad, max + pad);
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                LabelFormatter = v => NumberFormat.Compact(v),
            };
            // The median of every scenario: where each curve crosses 50%.
            var one = plot.Add.VerticalLine(1, 1, PlotStyle.AxisColor, LinePattern.Dashed);
            one.LegendText = "";
            plot.XLabel("fork() latency / median of its scenario");
        }
        else
        {
            LogAxes.Apply(plot, LogTicks.Decades(all.Min(), all.Max(), v => DurationFormat.Format(v, 1)), null);
            plot.XLabel("fork() latency (log scale)");
        }
        plot.Axes.SetLimitsY(-0.03, 1.03);
        plot.Axes.Left.TickGenerator = new FixedTicks(
            [0, 0.25, 0.5, 0.75, 1], ["0%", "25%", "50%", "75%", "100%"]);
        plot.YLabel("forks at most this slow");
        PlotStyle.ShowLegend(plot);
        return plot;
    }

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
