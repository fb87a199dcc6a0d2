using ForkBench.Reporting.Output;
using ForkBench.Reporting.Study;
using ForkBench.Reporting.Tests.Plots;
using ScottPlot;
using ScottPlot.Plottables;

namespace ForkBench.Reporting.Tests.Study;

public class PinnedFolioPlotTests
{
    [Fact]
    public void Measured_and_predicted_series_on_log_axes()
    {
        var study = PinnedFolioSampleStudy.Create();
        var plot = new PlotInspector(PinnedFolioPlot.Create(study));
        Assert.Equal(["measured pinned", "measured unpinned", "predicted today", "predicted no-retry", "predicted exact-pin"],
            plot.LegendNames);
        var lines = plot.All<Scatter>();
        // The pinned 64k point is missing: two points, and the subtitle says one is missing.
        Assert.Equal([Math.Log10(4), Math.Log10(2048)], PlotInspector.Points(lines[0]).Select(p => p.X));
        Assert.Equal(Math.Log10(1000e6), PlotInspector.Points(lines[0])[1].Y, 12);
        Assert.Equal(3, PlotInspector.Points(lines[2]).Count);
        Assert.All(lines.Skip(2), l => Assert.Equal(MarkerShape.OpenCircle, l.MarkerShape));
        Assert.All(lines.Take(2), l => Assert.Equal(MarkerShape.FilledCircle, l.MarkerShape));
        Assert.Contains("1 point(s) missing", plot.Captions);
        Assert.Contains("predicted (today: pte-batch-6.15), not measured", plot.Captions);
        PlotInspector.AssertLogAxis(plot.Plot.Axes.Bottom);
        PlotInspector.AssertLogAxis(plot.Plot.Axes.Left);
        plot.AssertDataInside();
    }

    [Fact]
    public void Without_a_calibration_the_plot_says_nothing_is_predicted()
    {
        var plot = new PlotInspector(PinnedFolioPlot.Create(PinnedFolioSampleStudy.Create(calibrated: false)));
        Assert.Equal(["measured pinned", "measured unpinned"], plot.LegendNames);
        Assert.Contains("nothing predicted", plot.Captions);
        Assert.Contains("1 point(s) missing", plot.Captions);
    }

    [Fact]
    public void It_renders_to_svg_and_png()
    {
        var file = new PlotFile(PinnedFolioPlot.FileName, PinnedFolioPlot.Create(PinnedFolioSampleStudy.Create()));
        Assert.Contains("<svg", file.RenderSvg());
        Assert.True(file.RenderPng().Length > 1000);
    }
}
