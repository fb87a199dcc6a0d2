using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;
using Pragmastat.Estimators;
using Pragmastat.Metrology;
using Measurement = Pragmastat.Metrology.Measurement;

namespace ForkBench.Results.Statistics;

/// <summary>
/// The rule of Perfolizer's SimpleEquivalenceTest: two one-sided
/// Mann-Whitney tests against the baseline moved up by the threshold
/// ("is current larger than baseline + threshold?" and the mirror), in the
/// spirit of TOST (Schuirmann, 1987), after a practical-significance step:
/// a Hodges-Lehmann shift over ten times the threshold is a change without
/// a test. The threshold per sample is the larger of the relative part and
/// the absolute noise floor (Perfolizer's Threshold takes the maximum of
/// its values). "Same" is given only where the tests could have shown a
/// change: when the samples are too small for a one-sided Mann-Whitney test
/// to reach <c>alpha</c> at all (3 against 3 cannot: its smallest p-value is
/// 1/20), and the shift is not over ten thresholds, the verdict is Unknown.
/// </summary>
/// <remarks>
/// Perfolizer 0.6.1's SimpleEquivalenceTest measures the threshold's
/// effective shift with the sign reversed (the sample minus the sample
/// moved up), so of a two-part threshold its practical-significance step
/// uses the smaller part: a sub-nanosecond move of a near-zero sample, far
/// below the noise floor, became "faster". The same rule is composed here
/// from the library's parts; the effective shift is the largest
/// Hodges-Lehmann shift that any part makes on the baseline sample, the
/// sample the tests move by the threshold.
/// </remarks>
internal static class EquivalenceVerdictTest
{
    /// <summary>SimpleEquivalenceTest's factor: a shift this many thresholds away needs no test.</summary>
    private const double PracticalSignificanceFactor = 10;

    public static Verdict Decide(Sample baseline, Sample current, EquivalenceThreshold threshold, SampleUnit unit, double alpha)
    {
        Measurement[] parts =
        [
            PercentValue.Of(threshold.RelativePercent).ToMeasurement(),
            NumberValue.Of(threshold.NoiseFloorIn(unit)).ToMeasurement(),
        ];
        ComparisonResult result = Compare(current, baseline, new Threshold(parts), parts, new SignificanceLevel(alpha));
        return result switch
        {
            ComparisonResult.Greater => Verdict.Slower,
            ComparisonResult.Lesser => Verdict.Faster,
            ComparisonResult.Indistinguishable => Verdict.Same,
            _ => Verdict.Unknown,
        };
    }

    private static ComparisonResult Compare(Sample x, Sample y, Threshold threshold, Measurement[] parts, SignificanceLevel alpha)
    {
        if (x.Size <= 1 && y.Size <= 1)
            return ComparisonResult.Unknown;
        double shift = ShiftEstimator.Instance.Estimate(x, y);
        // The threshold is a part of the baseline (y), as in the tests below:
        // "current against the baseline moved by the threshold".
        double thresholdShift = EffectiveShift(y, parts);
        if (thresholdShift > 0 && Math.Abs(shift) > thresholdShift * PracticalSignificanceFactor)
            return shift > 0 ? ComparisonResult.Greater : ComparisonResult.Lesser;
        if (SmallestPValue(x.Size, y.Size) >= alpha)
            return ComparisonResult.Unknown;
        if (MannWhitneyTest.Instance.GetPValue(x, y, AlternativeHypothesis.Greater, threshold) < alpha)
            return ComparisonResult.Greater;
        if (MannWhitneyTest.Instance.GetPValue(y, x, AlternativeHypothesis.Greater, threshold) < alpha)
            return ComparisonResult.Lesser;
        return ComparisonResult.Indistinguishable;
    }

    /// <summary>
    /// The smallest p-value an exact one-sided Mann-Whitney test of
    /// <paramref name="n"/> against <paramref name="m"/> samples can give:
    /// 1 / C(n + m, n), the chance of the most extreme ranking (Mann and
    /// Whitney, 1947). Computed as a product that stops once it is small enough
    /// to matter no more.
    /// </summary>
    internal static double SmallestPValue(int n, int m)
    {
        double p = 1;
        int k = Math.Min(n, m), total = n + m;
        for (int i = 1; i <= k && p > 1e-12; i++)
            p *= (double)i / (total - k + i);
        return p;
    }

    private static double EffectiveShift(Sample sample, Measurement[] parts) =>
        parts.Select(part => (double)ShiftEstimator.Instance.Estimate(Threshold.Apply(sample, part), sample)).DefaultIfEmpty(0).Max();
}
