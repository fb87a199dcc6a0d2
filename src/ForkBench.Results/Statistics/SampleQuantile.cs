using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace ForkBench.Results.Statistics;

/// <summary>
/// The one quantile estimator of ForkBench: the sample quantile of type 7
/// in Hyndman and Fan (1996, "Sample quantiles in statistical packages",
/// The American Statistician 50(4):361-365), i.e. linear interpolation
/// between the order statistics around rank (n - 1)p + 1, through
/// Perfolizer's SimpleQuantileEstimator. It is the default of R, NumPy and
/// spreadsheets, so a reader can check any printed figure by hand; the
/// median is the middle sample, or the mean of the two middle ones. Every
/// median the tool stores, prints, plots, compares or stops on comes from
/// here, so two views of one sample never disagree.
/// </summary>
public static class SampleQuantile
{
    /// <summary>The sample median (type 7 at p = 0.5).</summary>
    public static double Median(IReadOnlyList<double> values) => Of(values, 0.5);

    /// <summary>The type 7 quantile at <paramref name="probability"/> (0..1) of a non-empty sample, in any order.</summary>
    public static double Of(IReadOnlyList<double> values, double probability)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            throw new ArgumentException("a quantile of an empty sample is undefined", nameof(values));
        return SimpleQuantileEstimator.Instance.Quantile(PerfolizerSamples.From(values), new Probability(probability));
    }
}
