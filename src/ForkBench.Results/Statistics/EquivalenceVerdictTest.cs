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
/// its values).
/// </summary>
/// <remarks>
/// Perfolizer 0.6.1's SimpleEquivalenceTest measures the threshold's
/// effective shift with the sign reversed (the sample minus the sample
/// moved up), so of a two-part threshold its practical-significance step
/// uses the smaller part: a sub-nanosecond move of a near-zero sample, far
/// below the noise floor, became "faster". The same rule is composed here
/// from the library's parts, with the effective shift of 0.3.x: the largest
/// Hodges-Lehmann shift that any part makes on either sample.
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
        double thresholdShift = Math.Max(EffectiveShift(x, parts), EffectiveShift(y, parts));
        if (thresholdShift > 0 && Math.Abs(shift) > thresholdShift * PracticalSignificanceFactor)
            return shift > 0 ? ComparisonResult.Greater : ComparisonResult.Lesser;
        if (MannWhitneyTest.Instance.GetPValue(x, y, AlternativeHypothesis.Greater, threshold) < alpha)
            return ComparisonResult.Greater;
        if (MannWhitneyTest.Instance.GetPValue(y, x, AlternativeHypothesis.Greater, threshold) < alpha)
            return ComparisonResult.Lesser;
        return ComparisonResult.Indistinguishable;
    }

    private static double EffectiveShift(Sample sample, Measurement[] parts) =>
        parts.Select(part => (double)ShiftEstimator.Instance.Estimate(Threshold.Apply(sample, part), sample)).DefaultIfEmpty(0).Max();
}
