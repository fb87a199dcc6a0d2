using ForkBench.Results.Comparison;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Plots;
using ForkBench.Reporting.Tests.Fixtures;
using ScottPlot.Plottables;

namespace ForkBench.Reporting.Tests.Plots;

public class ComparisonRatioPlotTests
{
    [Fact]
    public void Sample_plot_has_a_row_per_id_coloured_by_verdict()
    {
        var rows = SampleReportData.Comparison();
        var plot = new PlotInspector(ComparisonRatioPlot.Create(rows, SampleReportData.Header, "6.8.0-45", "6.9.0-rc2"));
        Assert.Contains("6.9.0-rc2 vs 6.8.0-45", plot.Title);
        Assert.Contains("AMD EPYC 7763", plot.Captions);
        Assert.Equal(["faster", "slower", "no significant change"], plot.LegendNames);
        var series = plot.All<Scatter>();
        Assert.Equal(rows.Count, series.Sum(s => PlotInspector.Points(s).Count));
        foreach (var verdict in new[] { Verdict.Faster, Verdict.Slower, Verdict.Same })
        {
            var points = series.Single(s => s.LegendText == ComparisonRatioPlot.LegendName(verdict));
            Assert.Equal(ComparisonRatioPlot.ColorOf(verdict), points.Color);
            Assert.Equal(rows.Where(r => r.Verdict == verdict).Select(r => r.Ratio), PlotInspector.Points(points).Select(p => p.X));
        }
        Assert.Equal(3, plot.All<ErrorBar>().Count);
        Assert.Equal(1, Assert.Single(plot.All<VerticalLine>()).X);
        // Rows carry the short labels the text table uses, the first row on top.
        var labels = PlotInspector.MajorLabels(plot.Plot.Axes.Left);
        Assert.Equal("4 KiB 512 MiB", labels[0]);
        Assert.Contains("-14.1%", plot.All<ScottPlot.Plottables.Text>().Select(t => t.LabelText));
        plot.AssertXCovers(rows.SelectMany(r => new[] { r.RatioLow, r.RatioHigh, r.Ratio, 1.0 }));
        plot.AssertDataInside();
    }

    [Fact]
    public void Long_run_labels_move_from_the_title_to_a_subtitle_line()
    {
        string current = "20261130T061122Z-da9d42fe", baseline = "20261122T010619Z-1900c8d3";
        var plot = new PlotInspector(ComparisonRatioPlot.Create(SampleReportData.Comparison(), SampleReportData.Header, baseline, current));
        Assert.DoesNotContain(current, plot.Title);
        Assert.Contains($"current: {current}   baseline: {baseline}", plot.Captions);
    }

    [Fact]
    public void Random_inputs_keep_intervals_inside()
    {
        for (int seed = 0; seed < 60; seed++)
        {
            var rows = new RandomInputs(seed).Comparison();
            var plot = new PlotInspector(ComparisonRatioPlot.Create(rows, null));
            if (rows.Count == 0)
                continue;
            plot.AssertDataInside();
            plot.AssertXCovers(rows.SelectMany(r => new[] { r.RatioLow, r.RatioHigh, r.Ratio }));
            Assert.Equal(rows.Select(r => r.Verdict).Distinct().Count(), plot.LegendNames.Count);
            Assert.True(ComparisonRatioPlot.HeightFor(rows.Count) >= PlotStyle.Height);
        }
    }
}
