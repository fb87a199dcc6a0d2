using ForkBench.Reporting.Model;
using ForkBench.Reporting.Plots;
using ForkBench.Reporting.Tests.Fixtures;
using ScottPlot.Plottables;

namespace ForkBench.Reporting.Tests.Plots;

public class LatencyCdfPlotTests
{
    private static IReadOnlyList<LatencyDistribution> Sample() =>
        SampleReportData.Latency().Select(s => LatencyDistribution.FromSeries(s, 512 * SampleReportData.MiB)!).ToList();

    [Fact]
    public void Relative_cdf_has_a_curve_per_scenario_around_one()
    {
        var distributions = Sample();
        var plot = new PlotInspector(LatencyCdfPlot.Create(distributions, SampleReportData.Header));
        Assert.Contains("512 MiB", plot.Title);
        Assert.Contains("6.8.0-45-generic", plot.Captions);
        var curves = plot.All<Scatter>();
        Assert.Equal(distributions.Count, curves.Count);
        Assert.Equal(distributions.Count, plot.LegendNames.Count);
        for (int i = 0; i < distributions.Count; i++)
        {
            Assert.StartsWith(distributions[i].Name + "\nmedian ", plot.LegendNames[i]);
            var points = PlotInspector.Points(curves[i]);
            Assert.Equal(0, points[0].Y);
            Assert.Equal(1, points[^1].Y);
            // Divided by the median: the curve crosses 50% at 1.
            Assert.All(points.Where(p => p.Y < 0.5), p => Assert.True(p.X <= 1));
            Assert.All(points.Where(p => p.Y > 0.5), p => Assert.True(p.X >= 1));
        }
        var line = Assert.Single(plot.All<VerticalLine>());
        Assert.Equal(1, line.X);
        plot.AssertYCovers([0, 1]);
        plot.AssertXCovers(curves.SelectMany(PlotInspector.Points).Select(p => p.X));
        plot.AssertDataInside();
    }

    [Fact]
    public void The_legend_median_is_the_summary_median()
    {
        // An even count, skewed: estimators differ here, and the legend must print the table's median.
        double[] samples = [298e6, 341e6, 355e6, 461e6, 520e6, 1210e6];
        var plot = new PlotInspector(LatencyCdfPlot.Create([new LatencyDistribution("4 KiB", 64 * SampleReportData.MiB, samples)], null));
        double median = ForkBench.Results.Statistics.SampleSummarizer.Summarize(samples).Median.Estimate;

        Assert.Equal(408e6, median);
        Assert.Equal("4 KiB\nmedian " + ForkBench.Reporting.Formatting.DurationFormat.Format(median) + ", n=6", Assert.Single(plot.LegendNames));
        // Divided by that same median, the curve crosses 1 between the third and fourth sample.
        var points = PlotInspector.Points(Assert.Single(plot.All<Scatter>()));
        Assert.Contains(points, p => Math.Abs(p.X - 355e6 / median) < 1e-12 && p.Y == 0.5);
    }

    [Fact]
    public void Absolute_cdf_uses_a_log_axis_covering_every_sample()
    {
        var distributions = Sample();
        var plot = new PlotInspector(LatencyCdfPlot.Create(distributions, SampleReportData.Header, relativeToMedian: false));
        PlotInspector.AssertLogAxis(plot.Plot.Axes.Bottom);
        Assert.Equal(distributions.Select(d => d.Name), plot.LegendNames);
        plot.AssertXCovers(distributions.SelectMany(d => d.SamplesNs).Select(Math.Log10));
        plot.AssertDataInside();
    }

    [Fact]
    public void Steps_climb_from_zero_to_one()
    {
        var steps = LatencyCdfPlot.Steps([1, 2, 3]).ToList();
        Assert.Equal((1.0, 0.0), steps[0]);
        Assert.Equal((3.0, 1.0), steps[^1]);
        Assert.True(steps.Zip(steps.Skip(1)).All(p => p.First.Y <= p.Second.Y && p.First.X <= p.Second.X));
    }

    [Fact]
    public void Random_inputs_keep_lines_inside()
    {
        for (int seed = 0; seed < 60; seed++)
        {
            var distributions = new RandomInputs(seed).Latency()
                .SelectMany(s => s.Points.Select(p => new LatencyDistribution(s.Name, p.SizeBytes, p.SamplesNs))).ToList();
            var plot = new PlotInspector(LatencyCdfPlot.Create(distributions, null, seed % 2 == 0));
            plot.AssertDataInside();
            Assert.Equal(distributions.Count(d => d.SamplesNs.Count > 0), plot.All<Scatter>().Count);
        }
    }
}
