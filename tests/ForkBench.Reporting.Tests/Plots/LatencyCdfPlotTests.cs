using ForkBench.Reporting.Model;
using ForkBench.Reporting.Plots;
using ForkBench.Reporting.Tests.Fixtures;

namespace ForkBench.Reporting.Tests.Plots;

public class LatencyCdfPlotTests
{
    private static IReadOnlyList<LatencyDistribution> Sample() =>
        SampleReportData.Latency().Select(s => LatencyDistribution.FromSeries(s, 512 * SampleReportData.MiB)!).ToList();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sample_cdf_is_complete(bool relative)
    {
        var distributions = Sample();
        var svg = new SvgInspector(LatencyCdfPlot.Render(distributions, SampleReportData.Header, relative));
        Assert.Contains("512 MiB", svg.Text("title"));
        Assert.Contains("6.8.0-45-generic", svg.Text("subtitle"));
        Assert.Equal(distributions.Select(d => d.Name), svg.LegendNames());
        Assert.Equal(distributions.Count, svg.WithClass("cdf").Count());
        svg.AssertDataInsidePlotAreas();
        svg.AssertAxisCovers("y", [0, 1]);
        if (!relative)
            svg.AssertAxisCovers("x", distributions.SelectMany(d => d.SamplesNs));
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
        for (int seed = 0; seed < 100; seed++)
        {
            var distributions = new RandomInputs(seed).Latency()
                .SelectMany(s => s.Points.Select(p => new LatencyDistribution(s.Name, p.SizeBytes, p.SamplesNs))).ToList();
            var svg = new SvgInspector(LatencyCdfPlot.Render(distributions, null, seed % 2 == 0));
            if (distributions.All(d => d.SamplesNs.Count == 0))
                continue;
            svg.AssertDataInsidePlotAreas();
            Assert.Equal(distributions.Count, svg.LegendNames().Count);
        }
    }
}
