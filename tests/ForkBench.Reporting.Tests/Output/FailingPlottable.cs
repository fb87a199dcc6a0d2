using ScottPlot;

namespace ForkBench.Reporting.Tests.Output;

/// <summary>A plottable whose rendering throws, to make a report fail half way through.</summary>
internal sealed class FailingPlottable : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() => new(0, 1, 0, 1);

    public void Render(RenderPack rp) => throw new IOException("No space left on device");
}
