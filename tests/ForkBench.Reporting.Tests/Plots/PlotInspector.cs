using ScottPlot;
using ScottPlot.Plottables;

namespace ForkBench.Reporting.Tests.Plots;

/// <summary>
/// Reads a ScottPlot plot model the way a reader reads the picture: which
/// series it holds, what the legend says, what the axes span, what the
/// ticks are labelled. Nothing here looks at pixels.
/// </summary>
internal sealed class PlotInspector(Plot plot)
{
    public Plot Plot { get; } = plot;

    public AxisLimits Limits => Plot.Axes.GetLimits();

    public IReadOnlyList<string> LegendNames =>
        [.. Plot.Legend.GetItems().Select(i => i.LabelText).Where(t => !string.IsNullOrEmpty(t))];

    public IReadOnlyList<T> All<T>() => [.. Plot.PlottableList.OfType<T>()];

    public string Title => Plot.Axes.Title.Label.Text;

    /// <summary>Every title panel's text (title, then subtitle lines).</summary>
    public string Captions => string.Join("\n", Plot.Axes.GetPanels().OfType<ScottPlot.Panels.TitlePanel>().Select(p => p.Label.Text));

    public static IReadOnlyList<string> MajorLabels(IAxis axis) =>
        [.. axis.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label)];

    public static IReadOnlyList<Coordinates> Points(Scatter scatter) => [.. scatter.Data.GetScatterPoints()];

    /// <summary>Every plottable with a finite extent lies inside the axes: nothing is cut off by the frame.</summary>
    public void AssertDataInside()
    {
        var limits = Limits;
        foreach (var plottable in Plot.PlottableList)
        {
            var extent = plottable.GetAxisLimits();
            if (double.IsFinite(extent.Left) && double.IsFinite(extent.Right))
                AssertWithin(extent.Left, extent.Right, limits.Left, limits.Right, plottable.GetType().Name + " x");
            if (double.IsFinite(extent.Bottom) && double.IsFinite(extent.Top))
                AssertWithin(extent.Bottom, extent.Top, limits.Bottom, limits.Top, plottable.GetType().Name + " y");
        }
    }

    /// <summary>The x axis spans every value (already in axis units: log10 for a log axis).</summary>
    public void AssertXCovers(IEnumerable<double> values) =>
        AssertWithin(values.Min(), values.Max(), Limits.Left, Limits.Right, "x axis");

    public void AssertYCovers(IEnumerable<double> values) =>
        AssertWithin(values.Min(), values.Max(), Limits.Bottom, Limits.Top, "y axis");

    /// <summary>A log axis: ticks are <c>LogTicks</c>, and none is written as an exponent or with a multiplier.</summary>
    public static void AssertLogAxis(IAxis axis)
    {
        Assert.IsType<ForkBench.Reporting.Plots.LogTicks>(axis.TickGenerator);
        var labels = MajorLabels(axis);
        Assert.True(labels.Count >= 2, "a log axis needs at least two labelled ticks");
        Assert.All(labels, l => Assert.DoesNotMatch(@"\de[+-]?\d", l));
    }

    private static void AssertWithin(double min, double max, double low, double high, string what)
    {
        const double slack = 1e-9;
        Assert.True(low <= min + slack && max <= high + slack, $"{what}: data {min}..{max} outside axis {low}..{high}");
    }
}
