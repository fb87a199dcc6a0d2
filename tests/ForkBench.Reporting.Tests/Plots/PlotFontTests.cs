using ForkBench.Reporting.Plots;
using ScottPlot;

namespace ForkBench.Reporting.Tests.Plots;

public class PlotFontTests
{
    [Theory]
    [InlineData("Arial", false)]
    [InlineData("Noto Sans CJK JP", false)]
    [InlineData("DejaVu Sans", true)]
    public void Every_family_resolves_to_the_embedded_font(string family, bool bold)
    {
        PlotFont.EnsureInstalled();
        var typeface = Fonts.GetTypeface(family, bold, italic: false);
        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        Assert.Equal(bold, typeface.IsBold);
    }

    [Fact]
    public void Fit_shortens_in_the_middle_to_the_measured_width()
    {
        string id = "native/fork/anon-4k/pin=io_uring-unregistered/rss=1024MiB";
        double full = PlotFont.Width(id, 12);
        string fitted = PlotFont.Fit(id, 12, full / 2);
        Assert.True(PlotFont.Width(fitted, 12) <= full / 2);
        Assert.StartsWith("native/", fitted);
        Assert.EndsWith("MiB", fitted);
        Assert.Equal(id, PlotFont.Fit(id, 12, full));
    }

    [Fact]
    public void Rendering_is_repeatable()
    {
        var results = Fixtures.SampleReportData.Model();
        byte[] first = ModelBarPlot.Create(results, null, null).GetImageBytes(400, 300, ImageFormat.Png);
        byte[] second = ModelBarPlot.Create(results, null, null).GetImageBytes(400, 300, ImageFormat.Png);
        Assert.Equal(first, second);
    }
}
