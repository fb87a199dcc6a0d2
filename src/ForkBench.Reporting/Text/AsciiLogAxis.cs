namespace ForkBench.Reporting.Text;

/// <summary>
/// A logarithmic axis over character cells whose ends are whole powers of
/// the base, so every tick falls on a round value (a decade of time, a power
/// of two of memory).
/// </summary>
internal sealed class AsciiLogAxis
{
    private readonly double _base;
    private readonly int _low;
    private readonly int _high;
    private readonly int _cells;

    private AsciiLogAxis(double @base, int low, int high, int cells)
    {
        _base = @base;
        _low = low;
        _high = high;
        _cells = cells;
    }

    /// <summary>Number of powers of the base the axis spans.</summary>
    public int Span => _high - _low;

    public static AsciiLogAxis Create(double min, double max, double @base, int cells)
    {
        // The small epsilon keeps an exact power (4 MiB) from being pushed to the next one by rounding.
        int low = (int)Math.Floor(Math.Log(min, @base) + 1e-9);
        int high = (int)Math.Ceiling(Math.Log(max, @base) - 1e-9);
        if (high <= low)
            high = low + 1;
        return new AsciiLogAxis(@base, low, high, cells);
    }

    public int Cell(double value)
    {
        double f = (Math.Log(value, _base) - _low) / (_high - _low);
        return Math.Clamp((int)Math.Round(f * (_cells - 1)), 0, _cells - 1);
    }

    /// <summary>Every <paramref name="every"/>-th power of the base, from the low end up.</summary>
    public IEnumerable<double> Ticks(int every)
    {
        for (int e = _low; e <= _high; e += every)
            yield return Math.Pow(_base, e);
    }
}
