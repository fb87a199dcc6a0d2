using ForkBench.Reporting.Scales;
using ForkBench.Reporting.Svg;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// Grid lines, tick marks, tick labels and axis titles. Tick marks carry
/// their value in data-value so tests (and curious readers) can check that
/// the axes cover the data. Labels that would collide are skipped.
/// </summary>
public static class AxisPainter
{
    private const double TickLength = 5;

    public static double X(PlotRect area, IScale scale, double value) => area.X + scale.Fraction(value) * area.Width;

    public static double Y(PlotRect area, IScale scale, double value) => area.Bottom - scale.Fraction(value) * area.Height;

    public static void DrawX(SvgGroup parent, PlotRect area, IScale scale, Func<double, string> label, string? title)
    {
        var g = parent.Group("axis x");
        double lastRight = double.NegativeInfinity;
        foreach (var t in scale.Ticks)
        {
            double x = X(area, scale, t.Value);
            g.Line(x, area.Y, x, area.Bottom, t.Major ? PlotStyle.GridColor : PlotStyle.MinorGridColor, 1, cssClass: "grid");
            if (!t.Major)
                continue;
            Tag(g.Line(x, area.Bottom, x, area.Bottom + TickLength, PlotStyle.AxisColor, 1, cssClass: "tick x"), t.Value);
            string text = label(t.Value);
            double half = PlotStyle.TextWidth(text, PlotStyle.TickLabelSize) / 2;
            if (x - half < lastRight + 6)
                continue;
            g.Text(x, area.Bottom + TickLength + 14, text, PlotStyle.TickLabelSize, "middle", cssClass: "tick-label x");
            lastRight = x + half;
        }
        g.Line(area.X, area.Bottom, area.Right, area.Bottom, PlotStyle.AxisColor, 1, cssClass: "axis-line");
        if (title is not null)
            g.Text(area.X + area.Width / 2, area.Bottom + 44, title, PlotStyle.AxisTitleSize, "middle", cssClass: "axis-title x");
    }

    public static void DrawY(SvgGroup parent, PlotRect area, IScale scale, Func<double, string> label, string? title,
        bool labels = true)
    {
        var g = parent.Group("axis y");
        double lastTop = double.PositiveInfinity;
        foreach (var t in scale.Ticks)
        {
            double y = Y(area, scale, t.Value);
            g.Line(area.X, y, area.Right, y, t.Major ? PlotStyle.GridColor : PlotStyle.MinorGridColor, 1, cssClass: "grid");
            if (!t.Major)
                continue;
            Tag(g.Line(area.X - TickLength, y, area.X, y, PlotStyle.AxisColor, 1, cssClass: "tick y"), t.Value);
            if (!labels || y + PlotStyle.TickLabelSize / 2 > lastTop - 2)
                continue;
            g.Text(area.X - TickLength - 4, y + PlotStyle.TickLabelSize * 0.35, label(t.Value), PlotStyle.TickLabelSize, "end",
                cssClass: "tick-label y");
            lastTop = y - PlotStyle.TickLabelSize / 2;
        }
        g.Line(area.X, area.Y, area.X, area.Bottom, PlotStyle.AxisColor, 1, cssClass: "axis-line");
        if (title is not null)
            g.Text(18, area.Y + area.Height / 2, title, PlotStyle.AxisTitleSize, "middle", rotate: -90, cssClass: "axis-title y");
    }

    /// <summary>Width of the widest major tick label, for the left margin.</summary>
    public static double LabelWidth(IScale scale, Func<double, string> label) =>
        scale.Ticks.Where(t => t.Major).Select(t => PlotStyle.TextWidth(label(t.Value), PlotStyle.TickLabelSize)).DefaultIfEmpty(0).Max();

    /// <summary>The plot area left after title, y labels, x labels and the legend column.</summary>
    public static PlotRect Area(double width, double height, double yLabelWidth, double legendWidth, double bottom = 60) =>
        new(
            X: 34 + yLabelWidth + TickLength + 6,
            Y: PlotCaption.Top,
            Width: width - (34 + yLabelWidth + TickLength + 6) - Math.Max(legendWidth, 24),
            Height: height - PlotCaption.Top - bottom);

    private static void Tag(System.Xml.Linq.XElement tick, double value) =>
        tick.SetAttributeValue("data-value", value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
}
