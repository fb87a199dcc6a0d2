using ForkBench.Reporting.Model;
using ForkBench.Reporting.Plots;
using ForkBench.Reporting.Tests.Fixtures;

namespace ForkBench.Reporting.Tests.Plots;

public class ComparisonRatioPlotTests
{
    [Fact]
    public void Sample_plot_colours_rows_by_verdict()
    {
        var rows = SampleReportData.Comparison();
        var svg = new SvgInspector(ComparisonRatioPlot.Render(rows, SampleReportData.Header, "6.8.0-45", "6.9.0-rc2"));
        Assert.Contains("6.9.0-rc2 vs 6.8.0-45", svg.Text("title"));
        Assert.Contains("AMD EPYC 7763", svg.Text("subtitle"));
        Assert.Equal(["faster", "slower", "no significant change"], svg.LegendNames());
        var points = svg.WithClass("point").ToList();
        Assert.Equal(rows.Count, points.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            string expected = rows[i].Verdict switch
            {
                Verdict.Faster => Palette.Faster,
                Verdict.Slower => Palette.Slower,
                _ => Palette.Same,
            };
            Assert.Equal(expected, (string?)points[i].Attribute("fill"));
        }
        Assert.Single(svg.WithClass("reference"));
        Assert.Contains("anon-4k/pinned=io_uring/rss=512MiB", svg.Text("row-label"));
        svg.AssertDataInsidePlotAreas();
        svg.AssertAxisCovers("x", rows.SelectMany(r => new[] { r.RatioLow, r.RatioHigh, r.Ratio, 1.0 }));
    }

    [Fact]
    public void Random_inputs_keep_intervals_inside()
    {
        for (int seed = 0; seed < 100; seed++)
        {
            var rows = new RandomInputs(seed).Comparison();
            var svg = new SvgInspector(ComparisonRatioPlot.Render(rows, null));
            if (rows.Count == 0)
                continue;
            svg.AssertDataInsidePlotAreas();
            svg.AssertAxisCovers("x", rows.SelectMany(r => new[] { r.RatioLow, r.RatioHigh, r.Ratio }));
            Assert.True(svg.Height >= 500);
        }
    }
}
