using ForkBench.Results.Statistics;

namespace ForkBench.Calibration.Fitting;

/// <summary>
/// Percentile bootstrap intervals of the fitted costs (Efron and Tibshirani,
/// 1993, "An Introduction to the Bootstrap", ch. 13): each resample draws
/// every point's marginal samples again with replacement, takes their median
/// as the point's measured value, and refits with the full data's column
/// grouping; the interval of a cost is the 2.5th and 97.5th percentile of
/// its refitted values (type 7 quantiles, as every other figure of the
/// tool). The seed is fixed, so a calibration is reproducible.
/// </summary>
public static class BootstrapCostIntervals
{
    public const int DefaultResamples = 200;
    public const int DefaultSeed = 1;

    /// <summary>Per column, the (lower, upper) 95% interval of its cost in ns.</summary>
    /// <param name="samplesNs">Per point, its raw marginal samples in ns.</param>
    public static IReadOnlyList<(double Lower, double Upper)> Compute(
        IReadOnlyList<IReadOnlyList<double>> features, IReadOnlyList<IReadOnlyList<double>> samplesNs, ColumnMerge merge,
        int resamples = DefaultResamples, int seed = DefaultSeed, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(samplesNs);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 2);
        int columns = features.Count == 0 ? 0 : features[0].Count;
        var random = new Random(seed);
        var draws = Enumerable.Range(0, columns).Select(_ => new List<double>(resamples)).ToArray();
        var medians = new double[features.Count];
        for (int b = 0; b < resamples; b++)
        {
            for (int i = 0; i < features.Count; i++)
                medians[i] = ResampledMedian(samplesNs[i], random);
            if (medians.Any(m => !(m > 0)))
                continue; // a resample whose median is not positive cannot be weighted; it is left out
            CostFit fit = RelativeCostFitter.Fit(features, medians, merge);
            for (int k = 0; k < columns; k++)
                draws[k].Add(fit.CostsNs[k]);
        }
        double tail = (1 - level) / 2;
        return [.. draws.Select(d => d.Count == 0 ? (0.0, 0.0) : (SampleQuantile.Of(d, tail), SampleQuantile.Of(d, 1 - tail)))];
    }

    private static double ResampledMedian(IReadOnlyList<double> samples, Random random)
    {
        var drawn = new double[samples.Count];
        for (int i = 0; i < drawn.Length; i++)
            drawn[i] = samples[random.Next(samples.Count)];
        return SampleQuantile.Median(drawn);
    }
}
