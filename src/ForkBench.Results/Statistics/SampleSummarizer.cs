using ForkBench.Results.Documents;

namespace ForkBench.Results.Statistics;

/// <summary>
/// Median and quantiles of a sample: type 7 sample quantiles
/// (<see cref="SampleQuantile"/>) with distribution-free order-statistic
/// confidence intervals (<see cref="OrderStatisticQuantileInterval"/>).
/// Both are read off the sorted sample, so every bound lies within
/// [min, max]; a sample too small for an interval at the level (fewer than
/// 6 for the median at 95%) gets none.
/// </summary>
public static class SampleSummarizer
{
    public const double DefaultConfidenceLevel = 0.95;

    /// <summary>The quantiles stored beside the median.</summary>
    public static IReadOnlyList<double> Probabilities { get; } = [0.1, 0.25, 0.75, 0.9];

    /// <summary>The summary, or null for no samples (a point that was skipped or stopped before its first).</summary>
    public static SampleSummary? SummarizeOrNull(IReadOnlyList<double> samples) =>
        samples.Count == 0 ? null : Summarize(samples);

    public static SampleSummary Summarize(IReadOnlyList<double> samples, double confidenceLevel = DefaultConfidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
            throw new ArgumentException("cannot summarise an empty sample", nameof(samples));
        double[] sorted = [.. samples];
        Array.Sort(sorted);
        return new SampleSummary(
            sorted.Length,
            sorted[0],
            sorted[^1],
            confidenceLevel,
            Quantile(sorted, 0.5, confidenceLevel),
            [.. Probabilities.Select(p => Quantile(sorted, p, confidenceLevel))]);
    }

    /// <summary>The fewest samples whose median has an interval at <paramref name="confidenceLevel"/>.</summary>
    public static int MinimumCountForMedianInterval(double confidenceLevel = DefaultConfidenceLevel) =>
        OrderStatisticQuantileInterval.MinimumCount(0.5, confidenceLevel);

    private static QuantileEstimate Quantile(double[] sorted, double probability, double level)
    {
        double estimate = SampleQuantile.Of(sorted, probability);
        return OrderStatisticQuantileInterval.Of(sorted, probability, level) is (double lower, double upper)
            ? new QuantileEstimate(probability, estimate, lower, upper)
            : new QuantileEstimate(probability, estimate, null, null);
    }
}
