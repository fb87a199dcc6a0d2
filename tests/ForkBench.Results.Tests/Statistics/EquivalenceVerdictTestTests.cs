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
        // 3 against 3 cannot reach p < 0.05: no evidence either way, so Unknown, never Same.
        Assert.Equal(Verdict.Unknown, Decide([100, 101, 102], [140, 141, 142]));
        Assert.Equal(Verdict.Same, Decide([0.0, 0.01, -0.01, 0.02, 0.0, 0.01], [0.0, 0.01, -0.02, 0.01, 0.0, -0.01]));
    }

    [Theory]
    [InlineData(3, 3, 0.05)]
    [InlineData(4, 4, 1.0 / 70)]
    [InlineData(1, 10, 1.0 / 11)]
    [InlineData(5, 5, 1.0 / 252)]
    public void The_smallest_p_value_is_one_over_the_number_of_rankings(int n, int m, double expected) =>
        Assert.Equal(expected, EquivalenceVerdictTest.SmallestPValue(n, m), 12);

    [Fact]
    public void Too_few_samples_is_unknown_never_same()
    {
        // The same 15% shift: unknown with 3 each, a change once there are enough samples to show it.
        Assert.Equal(Verdict.Unknown, Decide([100, 101, 102], [115, 116, 117]));
        Assert.Equal(Verdict.Slower, Decide([100, 101, 102, 100.5, 101.5, 99.5, 100.2, 101.2], [115, 116, 117, 115.5, 116.5, 114.5, 115.2, 116.2]));
        // Identical samples of 3: still no evidence of sameness.
        Assert.Equal(Verdict.Unknown, Decide([100, 101, 102], [100, 101, 102]));
    }
}
