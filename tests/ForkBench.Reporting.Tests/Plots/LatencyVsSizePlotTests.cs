using ForkBench.Reporting.Model;
using ForkBench.Reporting.Plots;
using ForkBench.Reporting.Tests.Fixtures;
using ScottPlot.Plottables;

namespace ForkBench.Reporting.Tests.Plots;

public class LatencyVsSizePlotTests
{
    [Fact]
    public void Sample_plot_has_every_series_on_log_log_axes()
    {
        var series = SampleReportData.Latency();
        var plot = new PlotInspector(LatencyVsSizePlot.Create(series, SampleReportData.Header));
        Assert.Contains("6.8.0-45-generic", plot.Captions);
        Assert.Contains("AMD EPYC 7763", plot.Captions);
        Assert.Contains("bands: 95% interval of the median", plot.Captions);
        Assert.DoesNotContain("no 95% interval", plot.Captions);
        Assert.Equal(series.Select(s => s.Name), plot.LegendNames);
        var lines = plot.All<Scatter>();
        Assert.Equal(series.Count, lines.Count);
        Assert.Equal(series.Count, plot.All<FillY>().Count);
        for (int i = 0; i < series.Count; i++)
        {
            // Log axes: the plot holds log10 of sizes and medians.
            var points = PlotInspector.Points(lines[i]);
            Assert.Equal(series[i].Points.Select(p => Math.Log10(p.SizeBytes)), points.Select(p => p.X));
            Assert.Equal(series[i].Points.Select(p => Math.Log10(p.MedianNs)), points.Select(p => p.Y), new ToleranceComparer(1e-12));
        }
        PlotInspector.AssertLogAxis(plot.Plot.Axes.Bottom);
        PlotInspector.AssertLogAxis(plot.Plot.Axes.Left);
        Assert.Contains("64 MiB", PlotInspector.MajorLabels(plot.Plot.Axes.Bottom));
        Assert.Contains("4 GiB", PlotInspector.MajorLabels(plot.Plot.Axes.Bottom));
        Assert.Contains("1 s", PlotInspector.MajorLabels(plot.Plot.Axes.Left));
        var all = series.SelectMany(s => s.Points).ToList();
        plot.AssertXCovers(all.Select(p => Math.Log10(p.SizeBytes)));
        plot.AssertYCovers(all.SelectMany(p => new[] { p.LowNs!.Value, p.HighNs!.Value }).Select(Math.Log10));
        plot.AssertDataInside();
    }

    [Fact]
    public void Single_point_series_gets_an_error_bar_instead_of_a_band()
    {
        var series = new[] { new LatencySeries("only", [new LatencyPoint(4096, 100, 90, 120, [])]) };
        var plot = new PlotInspector(LatencyVsSizePlot.Create(series, null));
        var bar = Assert.Single(plot.All<ErrorBar>());
        Assert.Equal(Math.Log10(120) - Math.Log10(100), bar.YErrorPositive![0], 12);
        Assert.Empty(plot.All<FillY>());
        plot.AssertYCovers([Math.Log10(90), Math.Log10(120)]);
        plot.AssertDataInside();
    }

    [Fact]
    public void A_point_without_an_interval_keeps_its_median_and_the_subtitle_names_it()
    {
        const long MiB = SampleReportData.MiB;
        var series = new[]
        {
            new LatencySeries("4 KiB", [
                new LatencyPoint(64 * MiB, 1e6, 0.9e6, 1.1e6, []),
                new LatencyPoint(128 * MiB, 2e6, 1.9e6, 2.2e6, []),
                new LatencyPoint(256 * MiB, 4e6, null, null, []),
                new LatencyPoint(512 * MiB, 8e6, 7.5e6, 8.5e6, []),
            ]),
        };
        var plot = new PlotInspector(LatencyVsSizePlot.Create(series, null));

        Assert.Contains("no 95% interval (n < 6): 4 KiB at 256 MiB", plot.Captions);
        Assert.Equal(4, PlotInspector.Points(Assert.Single(plot.All<Scatter>())).Count);
        // A band over the first two points, an error bar on the last: the gap is not bridged.
        Assert.Single(plot.All<FillY>());
        var bar = Assert.Single(plot.All<ErrorBar>());
        Assert.Equal([Math.Log10(512 * MiB)], bar.Xs);
        Assert.Equal(Math.Log10(8.5e6) - Math.Log10(8e6), bar.YErrorPositive![0], 12);
        plot.AssertDataInside();
    }

    [Fact]
    public void No_data_says_so() =>
        Assert.Contains(new PlotInspector(LatencyVsSizePlot.Create([], null)).All<ScottPlot.Plottables.Text>(), t => t.LabelText == "no data");

    [Fact]
    public void Random_inputs_keep_data_inside_and_name_every_series()
    {
        for (int seed = 0; seed < 60; seed++)
        {
            var series = new RandomInputs(seed).Latency();
            var plot = new PlotInspector(LatencyVsSizePlot.Create(series, SampleReportData.Header));
            var points = series.SelectMany(s => s.Points).ToList();
            if (points.Count == 0)
                continue;
            plot.AssertDataInside();
            Assert.Equal(series.Count(s => s.Points.Count > 0), plot.LegendNames.Count);
            plot.AssertXCovers(points.Select(p => Math.Log10(p.SizeBytes)));
            plot.AssertYCovers(points.SelectMany(p => new[] { p.LowNs ?? p.MedianNs, p.MedianNs, p.HighNs ?? p.MedianNs }).Select(Math.Log10));
            PlotInspector.AssertLogAxis(plot.Plot.Axes.Left);
        }
    }
}
