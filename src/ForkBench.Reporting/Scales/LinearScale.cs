namespace ForkBench.Reporting.Scales;

/// <summary>
/// A linear axis whose ticks are 1, 2 or 5 times a power of ten and whose
/// ends are ticks: the values a reader can read off without arithmetic.
/// </summary>
public sealed class LinearScale : IScale
{
    private LinearScale(double min, double max, IReadOnlyList<Tick> ticks)
    {
        DomainMin = min;
        DomainMax = max;
        Ticks = ticks;
    }

    public double DomainMin { get; }

    public double DomainMax { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    public double Step => Ticks.Count > 1 ? Ticks[1].Value - Ticks[0].Value : DomainMax - DomainMin;

    public double Fraction(double value) => (value - DomainMin) / (DomainMax - DomainMin);

    /// <summary>
    /// The smallest nice domain covering [min, max] with at most
    /// <paramref name="maxTicks"/> ticks.
    /// </summary>
    public static LinearScale Nice(double min, double max, int maxTicks = 7)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
            throw new ArgumentException("Scale bounds must be finite.");
        if (maxTicks < 2)
            throw new ArgumentOutOfRangeException(nameof(maxTicks));
        if (min > max)
            (min, max) = (max, min);
        if (min == max)
        {
            // A single value still needs an axis around it.
            double pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
            min -= pad;
            max += pad;
        }

        double step = NiceStep((max - min) / (maxTicks - 1));
        double low, high;
        while (true)
        {
            // No epsilon here: an extra tick is harmless, a data point off the axis is not.
            low = Math.Floor(min / step) * step;
            high = Math.Ceiling(max / step) * step;
            if ((high - low) / step + 1 <= maxTicks + 1e-9)
                break;
            step = NiceStep(step * 1.01);
        }
        int count = (int)Math.Round((high - low) / step) + 1;
        // Computing each tick from its index keeps 0.30000000000000004 out of the labels.
        var ticks = Enumerable.Range(0, count).Select(i => new Tick(Clean(low + i * step, step), true)).ToList();
        return new LinearScale(ticks[0].Value, ticks[^1].Value, ticks);
    }

    /// <summary>The smallest of 1, 2, 5 times a power of ten that is at least <paramref name="rough"/>.</summary>
    public static double NiceStep(double rough)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (double m in new[] { 1.0, 2.0, 5.0, 10.0 })
            if (m * magnitude >= rough * (1 - 1e-9))
                return m * magnitude;
        return 10 * magnitude;
    }

    private static double Clean(double value, double step)
    {
        int decimals = Math.Clamp(-(int)Math.Floor(Math.Log10(step)) + 1, 0, 15);
        return Math.Round(value, decimals);
    }
}
