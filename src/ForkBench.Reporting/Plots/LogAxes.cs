using ScottPlot;

namespace ForkBench.Reporting.Plots;

/// <summary>Puts <see cref="LogTicks"/> on a plot's axes and makes the axes span them.</summary>
internal static class LogAxes
{
    /// <summary>
    /// Room beyond the outermost ticks, in log10 units: a point on the
    /// axis end would otherwise be half cut off by the frame.
    /// </summary>
    private const double Pad = 0.04;

    public static void Apply(Plot plot, LogTicks? x, LogTicks? y)
    {
        if (x is not null)
        {
            plot.Axes.Bottom.TickGenerator = x;
            plot.Axes.SetLimitsX(x.Low - Pad, x.High + Pad);
        }
        if (y is not null)
        {
            plot.Axes.Left.TickGenerator = y;
            plot.Axes.SetLimitsY(y.Low - Pad, y.High + Pad);
        }
    }
}
