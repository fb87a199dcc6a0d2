using ScottPlot;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// Ticks of a logarithmic axis. ScottPlot draws log axes by plotting
/// log10 of the data on a linear axis; these ticks sit at log10 of round
/// values and are labelled with the values themselves ("100 us", "1 ms",
/// "64 MiB"), never with exponents or a multiplier. Time uses decades (with
/// 2 and 5 labelled too when the axis spans two decades or less, or it
/// would carry two labels). Memory uses powers of two, because ForkBench
/// measures at 64 MiB, 256 MiB, 1 GiB: decade ticks would label none of them.
/// </summary>
internal sealed class LogTicks : FixedTicks
{
    private const int MaxLabels = 8;

    private LogTicks(double low, double high, Tick[] ticks)
        : base(ticks)
    {
        Low = low;
        High = high;
    }

    /// <summary>log10 of the smallest value the axis shows: the axis starts here.</summary>
    public double Low { get; }

    /// <summary>log10 of the largest value the axis shows.</summary>
    public double High { get; }

    /// <summary>An axis from the decade at or below <paramref name="min"/> to the one at or above <paramref name="max"/>.</summary>
    public static LogTicks Decades(double min, double max, Func<double, string> label)
    {
        int low = (int)Math.Floor(Math.Log10(min) + 1e-9);
        int high = (int)Math.Ceiling(Math.Log10(max) - 1e-9);
        if (high <= low)
            high = low + 1;
        int span = high - low;
        int every = (span + MaxLabels - 1) / MaxLabels;
        double[] labelled = span <= 2 ? [1, 2, 5] : [1];
        var ticks = new List<Tick>();
        for (int e = low; e <= high; e++)
        {
            for (int m = 1; m <= 9; m++)
            {
                if (e == high && m > 1)
                    break;
                double value = m * Math.Pow(10, e);
                bool major = labelled.Contains(m) && (m > 1 || (e - low) % every == 0);
                if (major)
                    ticks.Add(Tick.Major(Math.Log10(value), label(value)));
                else if (span <= 6)
                    ticks.Add(Tick.Minor(Math.Log10(value)));
            }
        }
        return new LogTicks(low, high, [.. ticks]);
    }

    /// <summary>An axis from the power of two at or below <paramref name="min"/> to the one at or above <paramref name="max"/>.</summary>
    public static LogTicks PowersOfTwo(double min, double max, Func<double, string> label)
    {
        int low = (int)Math.Floor(Math.Log2(min) + 1e-9);
        int high = (int)Math.Ceiling(Math.Log2(max) - 1e-9);
        if (high <= low)
        {
            // One size: show it in the middle, a power of two either side.
            low--;
            high++;
        }
        // Label every power when there is room, else every 2nd or 4th, on
        // even exponents so the labels read 64 MiB, 256 MiB, 1 GiB.
        int every = 1;
        while ((high - low) / every + 1 > MaxLabels)
            every *= 2;
        var ticks = new List<Tick>();
        for (int e = low; e <= high; e++)
        {
            double value = Math.Pow(2, e);
            ticks.Add(e % every == 0 ? Tick.Major(Math.Log10(value), label(value)) : Tick.Minor(Math.Log10(value)));
        }
        return new LogTicks(low * Math.Log10(2), high * Math.Log10(2), [.. ticks]);
    }
}
