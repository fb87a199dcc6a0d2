namespace ForkBench.Reporting.Scales;

/// <summary>
/// A logarithmic axis whose ends are whole powers of its base. Time uses
/// decades (1 ms, 10 ms, 100 ms). Memory sizes use powers of two, because
/// ForkBench measures at 64 MiB, 128 MiB, ...: decade ticks would fall
/// between the measured sizes and label none of them.
/// </summary>
public sealed class LogScale : IScale
{
    private readonly double _base;
    private readonly double _lowExponent;
    private readonly double _highExponent;

    private LogScale(double @base, int low, int high, IReadOnlyList<Tick> ticks)
    {
        _base = @base;
        _lowExponent = low;
        _highExponent = high;
        DomainMin = Math.Pow(@base, low);
        DomainMax = Math.Pow(@base, high);
        Ticks = ticks;
    }

    public double DomainMin { get; }

    public double DomainMax { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    public double Fraction(double value) =>
        (Math.Log(value, _base) - _lowExponent) / (_highExponent - _lowExponent);

    /// <summary>Decades covering [min, max]; minor ticks at 2..9 times each decade while there is room.</summary>
    public static LogScale Decades(double min, double max, int maxMajorTicks = 8) =>
        Create(10, min, max, maxMajorTicks, (e, every) =>
            every == 1 && max / min < 1e7
                ? Enumerable.Range(2, 8).Select(m => m * Math.Pow(10, e))
                : []);

    /// <summary>Powers of two covering [min, max]; every doubling gets at least a minor tick.</summary>
    public static LogScale PowersOfTwo(double min, double max, int maxMajorTicks = 8) =>
        Create(2, min, max, maxMajorTicks, (e, every) =>
            Enumerable.Range(1, every - 1).Select(k => Math.Pow(2, e + k)));

    private static LogScale Create(double @base, double min, double max, int maxMajorTicks,
        Func<int, int, IEnumerable<double>> minorTicks)
    {
        if (!(min > 0) || !(max > 0) || !double.IsFinite(min) || !double.IsFinite(max))
            throw new ArgumentException("A logarithmic scale needs finite positive bounds.");
        if (min > max)
            (min, max) = (max, min);
        // The epsilon keeps an exact power (4 MiB, 1 ms) from spilling to the next one through rounding.
        int low = (int)Math.Floor(Math.Log(min, @base) + 1e-9);
        int high = (int)Math.Ceiling(Math.Log(max, @base) - 1e-9);
        if (high == low)
            high = low + 1;

        int every = 1;
        while (Math.Ceiling((high - low) / (double)every) + 1 > maxMajorTicks)
            every++;
        // Stretch the top so that it is a major tick too.
        high = low + (int)Math.Ceiling((high - low) / (double)every) * every;

        var ticks = new List<Tick>();
        for (int e = low; e <= high; e += every)
        {
            ticks.Add(new Tick(Math.Pow(@base, e), true));
            if (e < high)
                ticks.AddRange(minorTicks(e, every).Select(v => new Tick(v, false)));
        }
        return new LogScale(@base, low, high, ticks);
    }
}
