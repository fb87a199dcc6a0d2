using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using Perfolizer;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;

namespace ForkBench.Results.Statistics;

/// <summary>
/// The verdict of Perfolizer's SimpleEquivalenceTest: two one-sided
/// Mann-Whitney tests against the baseline moved up by the threshold
/// ("is current larger than baseline + threshold?" and the mirror), in the
/// spirit of TOST (Schuirmann, 1987). The threshold per sample is the larger
/// of the relative part and the absolute noise floor (Perfolizer's
/// Threshold takes the maximum of its values).
/// </summary>
internal static class EquivalenceVerdictTest
{
    private static readonly SimpleEquivalenceTest Test = new(MannWhitneyTest.Instance);

    public static Verdict Decide(Sample baseline, Sample current, EquivalenceThreshold threshold, SampleUnit unit, double alpha)
    {
        var perfolizerThreshold = new Threshold(
            PercentValue.Of(threshold.RelativePercent),
            NumberValue.Of(threshold.NoiseFloorIn(unit)));
        ComparisonResult result = Test.Perform(current, baseline, perfolizerThreshold, new SignificanceLevel(alpha));
        return result switch
        {
            ComparisonResult.Greater => Verdict.Slower,
            ComparisonResult.Lesser => Verdict.Faster,
            ComparisonResult.Indistinguishable => Verdict.Same,
            _ => Verdict.Unknown,
        };
    }
}
