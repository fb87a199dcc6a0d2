using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;

namespace ForkBench.Results.Tests.Statistics;

public class EquivalenceVerdictTestTests
{
    private static Verdict Decide(double[] baseline, double[] current) =>
        EquivalenceVerdictTest.Decide(
            PerfolizerSamples.From(baseline), PerfolizerSamples.From(current), EquivalenceThreshold.Default, SampleUnit.Nanoseconds, 0.05);

    // Three against three cannot reach p < 0.05 in a one-sided Mann-Whitney
    // test, so these verdicts come from the ten-thresholds step alone, whose
    // threshold is the larger part on either sample (5% of ~300 ns, not the
    // 1 ns floor).
    [Fact]
    public void A_shift_over_ten_times_the_larger_threshold_part_is_a_change_without_the_test()
    {
        Assert.Equal(Verdict.Slower, Decide([100, 101, 102], [300, 301, 302]));
        Assert.Equal(Verdict.Faster, Decide([300, 301, 302], [100, 101, 102]));
    }

    [Fact]
    public void A_shift_over_ten_times_only_the_smaller_threshold_part_still_needs_the_test()
    {
        Assert.Equal(Verdict.Same, Decide([100, 101, 102], [140, 141, 142]));
        Assert.Equal(Verdict.Same, Decide([0.0, 0.01, -0.01, 0.02], [0.0, 0.01, -0.02, 0.01]));
    }
}
