using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.QuantileEstimators;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Pragmastat;
using Pragmastat.Estimators;

namespace ForkBench.Results.Statistics;

/// <summary>
/// The Hodges-Lehmann ratio current/baseline (the median of all pairwise
/// ratios, Pragmastat's RatioEstimator, the library Perfolizer builds on)
/// with its distribution-free confidence interval (Bauer, 1972,
/// "Constructing confidence sets using rank statistics", JASA 67:687-690):
/// the k-th smallest and k-th largest pairwise ratios, k taken from the
/// Mann-Whitney distribution so that P(U &lt; k) &lt;= (1 - level) / 2.
/// Pragmastat has the estimator and Perfolizer the Mann-Whitney
/// distribution, but neither has this interval, so it is assembled here
/// from those two parts.
/// </summary>
internal static class HodgesLehmannRatioInterval
{
    public readonly record struct Result(double? Ratio, double? Lower, double? Upper);

    public static Result Estimate(Sample baseline, Sample current, double confidenceLevel)
    {
        // A ratio needs positive samples; BenchmarkDotNet can report zero or
        // negative times for an empty benchmark after overhead correction.
        if (baseline.Values.Any(v => v <= 0) || current.Values.Any(v => v <= 0))
            return new Result(null, null, null);
        double ratio = RatioEstimator.Instance.Estimate(current, baseline);
        int n = current.Size, m = baseline.Size;
        int? k = RankOfBound(n, m, (1 - confidenceLevel) / 2);
        if (k is null)
            return new Result(ratio, null, null);
        long pairs = (long)n * m;
        // SimpleQuantileEstimator (Hyndman-Fan type 7) at p = (k-1)/(N-1)
        // returns exactly the k-th order statistic of the N pairwise ratios.
        double lower = Pairwise(current, baseline, (double)(k.Value - 1) / (pairs - 1));
        double upper = Pairwise(current, baseline, (double)(pairs - k.Value) / (pairs - 1));
        return new Result(ratio, lower, upper);
    }

    /// <summary>The largest k in [1, nm/2] with P(U &lt; k) &lt;= tail, or null when even k = 1 is too likely.</summary>
    private static int? RankOfBound(int n, int m, double tail)
    {
        IMannWhitneyCdf cdf = n + m <= BinomialCoefficientHelper.MaxAcceptableN
            ? MannWhitneyLoefflerExactCdf.Instance
            : MannWhitneyEdgeworthApproxCdf.Instance;
        int low = 1, high = n * m / 2;
        if (high < 1 || cdf.Cdf(n, m, 1) > tail)
            return null;
        while (low < high)
        {
            int middle = low + (high - low + 1) / 2;
            if (cdf.Cdf(n, m, middle) <= tail)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    }

    private static double Pairwise(Sample x, Sample y, double probability) =>
        PairwiseEstimatorHelper.Estimate(x, y, (xi, yj) => xi / yj, SimpleQuantileEstimator.Instance, new Probability(probability));
}
