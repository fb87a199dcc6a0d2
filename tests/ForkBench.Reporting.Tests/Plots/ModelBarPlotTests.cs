using ForkBench.Reporting.Model;
using ForkBench.Reporting.Plots;
using ForkBench.Reporting.Tests.Fixtures;
using ScottPlot.Plottables;

namespace ForkBench.Reporting.Tests.Plots;

public class ModelBarPlotTests
{
    [Fact]
    public void Sample_plot_has_a_bar_per_result_a_panel_per_group_and_a_floor()
    {
        var results = SampleReportData.Model();
        var plot = new PlotInspector(ModelBarPlot.Create(results, SampleReportData.Floor, SampleReportData.Header));
        Assert.Contains("AMD EPYC 7763", plot.Captions);
        var legend = plot.LegendNames;
        Assert.Equal(["upstream", "batched-rmap", "folio-batch"], legend.Take(3));
        Assert.StartsWith("physical floor", legend[3]);
        var series = plot.All<BarPlot>();
        Assert.Equal(3, series.Count);
        Assert.Equal(results.Count, series.Sum(s => s.Bars.Count));
        // 3.1 .. 402 ns spans more than 20x: a log axis, bars hold log10 of the value.
        PlotInspector.AssertLogAxis(plot.Plot.Axes.Left);
        Assert.Equal(results.Where(r => r.Variant == "upstream").Select(r => Math.Log10(r.NsPerPte)),
            series[0].Bars.Select(b => b.Value));
        Assert.Equal(["4 KiB", "pinned", "THP"], PlotInspector.MajorLabels(plot.Plot.Axes.Bottom));
        var errors = Assert.Single(plot.All<ErrorBar>());
        Assert.Equal(results.Count, errors.Xs.Count);
        Assert.Equal(Math.Log10(SampleReportData.Floor.NsPerPte), Assert.Single(plot.All<HorizontalLine>()).Y);
        Assert.Contains("error bars: 95% interval of the median", plot.Plot.Axes.Bottom.Label.Text);
        Assert.DoesNotContain("no 95% interval", plot.Plot.Axes.Bottom.Label.Text);
        Assert.Contains(SampleReportData.Floor.Label, plot.Plot.Axes.Bottom.Label.Text);
        plot.AssertYCovers(results.SelectMany(r => new[] { r.LowNsPerPte!.Value, r.HighNsPerPte!.Value }).Append(SampleReportData.Floor.NsPerPte).Select(Math.Log10));
        plot.AssertDataInside();
    }

    [Fact]
    public void Every_interval_is_drawn_and_the_caption_names_the_bars_without_one()
    {
        var results = SampleReportData.Model().Select((r, i) => i switch
        {
            0 => r with { LowNsPerPte = null, HighNsPerPte = null },
            // Identical samples: an interval of zero width is still an interval.
            1 => r with { LowNsPerPte = r.NsPerPte, HighNsPerPte = r.NsPerPte },
            _ => r,
        }).ToList();
        var plot = new PlotInspector(ModelBarPlot.Create(results, null, null));
        Assert.Equal(results.Count - 1, Assert.Single(plot.All<ErrorBar>()).Xs.Count);
        Assert.Contains("no 95% interval (n < 6): 4 KiB upstream", plot.Plot.Axes.Bottom.Label.Text);
        plot.AssertDataInside();
    }

    [Fact]
    public void Many_bars_without_an_interval_are_counted()
    {
        var results = SampleReportData.Model().Select((r, i) => i < 5 ? r with { LowNsPerPte = null, HighNsPerPte = null } : r).ToList();
        var plot = new PlotInspector(ModelBarPlot.Create(results, null, null));
        Assert.Equal(4, Assert.Single(plot.All<ErrorBar>()).Xs.Count);
        Assert.Contains("no 95% interval (n < 6): 5 of 9 bars", plot.Plot.Axes.Bottom.Label.Text);
    }

    [Fact]
    public void Close_values_use_a_linear_axis_from_zero()
    {
        var results = Enumerable.Range(0, 6).Select(g => new VariantResult($"g{g}", "v", 10 + g, 9 + g, 11 + g)).ToList();
        var plot = new PlotInspector(ModelBarPlot.Create(results, null, null));
        Assert.IsNotType<LogTicks>(plot.Plot.Axes.Left.TickGenerator);
        Assert.Equal(0, plot.Limits.Bottom);
        Assert.Equal(6, PlotInspector.MajorLabels(plot.Plot.Axes.Bottom).Count);
        plot.AssertYCovers([0, 16]);
        plot.AssertDataInside();
    }

    [Fact]
    public void Random_inputs_keep_bars_inside_and_name_every_variant()
    {
        for (int seed = 0; seed < 60; seed++)
        {
            var results = new RandomInputs(seed).Model();
            var plot = new PlotInspector(ModelBarPlot.Create(results, seed % 2 == 0 ? SampleReportData.Floor : null, null));
            plot.AssertDataInside();
            int variants = results.Select(r => r.Variant).Distinct().Count();
            Assert.Equal(variants, plot.All<BarPlot>().Count);
            Assert.Equal(variants + (seed % 2 == 0 ? 1 : 0), plot.LegendNames.Count);
        }
    }
}
