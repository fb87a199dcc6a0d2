using ForkBench.Reporting.Model;
using ForkBench.Reporting.Plots;
using ForkBench.Reporting.Tests.Fixtures;

namespace ForkBench.Reporting.Tests.Plots;

public class LatencyVsSizePlotTests
{
    [Fact]
    public void Sample_plot_is_complete()
    {
        var series = SampleReportData.Latency();
        var svg = new SvgInspector(LatencyVsSizePlot.Render(series, SampleReportData.Header));
        Assert.Equal(800, svg.Width);
        Assert.Equal(500, svg.Height);
        Assert.Contains("6.8.0-45-generic", svg.Text("subtitle"));
        Assert.Contains("AMD EPYC 7763", svg.Text("subtitle"));
        Assert.Contains("RSS", svg.Text("axis-title"));
        Assert.Contains("latency", svg.Text("axis-title"));
        Assert.Equal(series.Select(s => s.Name), svg.LegendNames());
        Assert.Equal(series.Sum(s => s.Points.Count), svg.WithClass("point").Count());
        Assert.Equal(series.Count, svg.WithClass("band").Count());
        svg.AssertDataInsidePlotAreas();
        svg.AssertAxisCovers("x", series.SelectMany(s => s.Points).Select(p => (double)p.SizeBytes));
        svg.AssertAxisCovers("y", series.SelectMany(s => s.Points).SelectMany(p => new[] { p.LowNs, p.HighNs }));
    }

    [Fact]
    public void Single_point_series_gets_an_error_bar()
    {
        var series = new[] { new LatencySeries("only", [new LatencyPoint(4096, 100, 90, 120, [])]) };
        var svg = new SvgInspector(LatencyVsSizePlot.Render(series, null));
        Assert.Single(svg.WithClass("errorbar"));
        svg.AssertDataInsidePlotAreas();
    }

    [Fact]
    public void No_data_still_renders() =>
        Assert.Single(new SvgInspector(LatencyVsSizePlot.Render([], null)).WithClass("no-data"));

    [Fact]
    public void Random_inputs_keep_data_inside_and_name_every_series()
    {
        for (int seed = 0; seed < 100; seed++)
        {
            var series = new RandomInputs(seed).Latency();
            var svg = new SvgInspector(LatencyVsSizePlot.Render(series, SampleReportData.Header));
            var points = series.SelectMany(s => s.Points).ToList();
            if (points.Count == 0)
                continue;
            svg.AssertDataInsidePlotAreas();
            Assert.Equal(series.Select(s => s.Name), svg.LegendNames());
            svg.AssertAxisCovers("x", points.Select(p => (double)p.SizeBytes));
            svg.AssertAxisCovers("y", points.SelectMany(p => new[] { p.LowNs, p.MedianNs, p.HighNs }));
        }
    }
}
