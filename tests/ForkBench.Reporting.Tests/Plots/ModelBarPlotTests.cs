using ForkBench.Reporting.Plots;
using ForkBench.Reporting.Tests.Fixtures;

namespace ForkBench.Reporting.Tests.Plots;

public class ModelBarPlotTests
{
    [Fact]
    public void Sample_plot_has_a_panel_per_group_and_a_floor()
    {
        var results = SampleReportData.Model();
        var svg = new SvgInspector(ModelBarPlot.Render(results, SampleReportData.Floor, SampleReportData.Header));
        Assert.Equal(3, svg.PlotAreas().Count);
        Assert.Equal(["4 KiB", "pinned", "THP"], svg.WithClass("panel-title").Select(e => e.Value));
        Assert.Equal(results.Count, svg.WithClass("bar").Count());
        Assert.Equal(3, svg.WithClass("floor").Count());
        var legend = svg.LegendNames();
        Assert.Equal(["upstream", "batched-rmap", "folio-batch"], legend.Take(3));
        Assert.Contains("physical floor", legend[3]);
        Assert.Contains("ns per PTE", svg.Text("axis-title"));
        Assert.Contains("AMD EPYC 7763", svg.Text("subtitle"));
        svg.AssertDataInsidePlotAreas();
        svg.AssertAxisCovers("y", results.SelectMany(r => new[] { r.LowNsPerPte, r.HighNsPerPte }).Append(SampleReportData.Floor.NsPerPte));
    }

    [Fact]
    public void Many_groups_wrap_into_rows()
    {
        var results = Enumerable.Range(0, 6)
            .Select(g => new ForkBench.Reporting.Model.VariantResult($"g{g}", "v", 10 + g, 9 + g, 11 + g))
            .ToList();
        var svg = new SvgInspector(ModelBarPlot.Render(results, null, null));
        var areas = svg.PlotAreas();
        Assert.Equal(6, areas.Count);
        Assert.Equal(2, areas.Select(a => a.Y).Distinct().Count());
        svg.AssertDataInsidePlotAreas();
    }

    [Fact]
    public void Random_inputs_keep_bars_inside_and_name_every_variant()
    {
        for (int seed = 0; seed < 100; seed++)
        {
            var results = new RandomInputs(seed).Model();
            var svg = new SvgInspector(ModelBarPlot.Render(results, seed % 2 == 0 ? SampleReportData.Floor : null, null));
            svg.AssertDataInsidePlotAreas();
            Assert.Equal(results.Select(r => r.Variant).Distinct(), svg.LegendNames().Take(results.Select(r => r.Variant).Distinct().Count()));
            svg.AssertAxisCovers("y", results.SelectMany(r => new[] { r.NsPerPte, r.LowNsPerPte, r.HighNsPerPte }));
        }
    }
}
