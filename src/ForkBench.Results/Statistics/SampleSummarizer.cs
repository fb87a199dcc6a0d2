using ForkBench.Results.Documents;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace ForkBench.Results.Statistics;

/// <summary>
/// Median and quantiles by the Harrell-Davis estimator (Harrell and Davis,
/// 1982, Biometrika 69(3):635-640) with Maritz-Jarrett confidence
/// intervals, both from Perfolizer. Harrell-Davis uses every order
/// statistic, so it is steadier than the sample median on the small samples
/// BenchmarkDotNet produces (15 to 100 iterations).
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
        if (samples.Count == 0)
            throw new ArgumentException("cannot summarise an empty sample", nameof(samples));
        var sample = PerfolizerSamples.From(samples);
        var level = new ConfidenceLevel(confidenceLevel);
        return new SampleSummary(
            samples.Count,
            samples.Min(),
            samples.Max(),
            confidenceLevel,
            Quantile(sample, 0.5, level),
            [.. Probabilities.Select(p => Quantile(sample, p, level))]);
    }

    private static QuantileEstimate Quantile(Sample sample, double probability, ConfidenceLevel level)
    {
        var estimator = HarrellDavisQuantileEstimator.Instance;
        double estimate = estimator.Quantile(sample, new Probability(probability));
        if (sample.Size < 2)
            return new QuantileEstimate(probability, estimate, null, null);
        ConfidenceInterval interval = estimator.QuantileConfidenceIntervalEstimator(sample, new Probability(probability)).ConfidenceInterval(level);
        // A sample of identical values has zero standard error; Perfolizer
        // then still gives finite bounds, but guard against NaN all the same.
        return double.IsFinite(interval.Lower) && double.IsFinite(interval.Upper)
            ? new QuantileEstimate(probability, estimate, interval.Lower, interval.Upper)
            : new QuantileEstimate(probability, estimate, null, null);
    }
}
