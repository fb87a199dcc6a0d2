using ScottPlot;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// Ticks decided when the plot is built and never regenerated: category
/// labels (one per row or panel), percentages, log-axis values. ScottPlot's
/// own manual generator only fills its list during a render, so a plot's
/// axes could not be inspected before it is drawn.
/// </summary>
internal class FixedTicks(Tick[] ticks) : ITickGenerator
{
    public FixedTicks(IEnumerable<double> positions, IEnumerable<string> labels)
        : this([.. positions.Zip(labels, Tick.Major)])
    {
    }

    public Tick[] Ticks { get; set; } = ticks;

    public int MaxTickCount { get; set; } = 1000;

    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
    }
}
