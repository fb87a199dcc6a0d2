namespace ForkBench.Reporting.Plots;

/// <summary>A rectangle in SVG pixels (y grows downwards).</summary>
public readonly record struct PlotRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public bool Contains(double x, double y, double tolerance = 0.01) =>
        x >= X - tolerance && x <= Right + tolerance && y >= Y - tolerance && y <= Bottom + tolerance;
}
