using ForkBench.Calibration.Fitting;
using ForkBench.Calibration.Points;

namespace ForkBench.Calibration.Tests;

/// <summary>Synthetic points whose measured cost is known counts x known prices (and optional noise).</summary>
public static class Synthetic
{
    /// <summary>ns per unit, one per <see cref="CostColumn.All"/> entry.</summary>
    public static readonly double[] Prices = [14, 4.5, 3, 20, 8, 900, 150, 400, 250, 5000];

    /// <summary>
    /// Integer counts as scenarios have them: each point exercises about
    /// half the operations (a 4 KiB fork copies no page, an unpinned THP
    /// reads no PTE), each exercised column adds 0.1-2 ms times a per-point
    /// scale that spreads the points over three decades.
    /// </summary>
    public static double[] Counts(Random random)
    {
        double scale = Math.Pow(10, 3 * random.NextDouble());
        double[] counts = [.. Prices.Select(p => random.NextDouble() < 0.5 ? 0 : Math.Round(random.Next(50, 1000) * 2e3 / p * scale))];
        if (counts.All(c => c == 0))
            counts[random.Next(counts.Length)] = 1000;
        return counts;
    }

    public static double Cost(IReadOnlyList<double> counts) => counts.Select((c, k) => c * Prices[k]).Sum();

    /// <summary>A calibration point of a tail, with <paramref name="samples"/> samples spread +-<paramref name="noise"/> around its median.</summary>
    public static CalibrationPoint Point(string tail, IReadOnlyList<double> features, double medianNs, int samples = 9, double noise = 0.01)
    {
        double[] values = [.. Enumerable.Range(0, samples).Select(i => medianNs * (1 + noise * (i - samples / 2) / (samples / 2.0)))];
        return new CalibrationPoint("native/fork-marginal/" + tail, ProcessScenario.ParseTail(tail), values, medianNs, features);
    }
}
