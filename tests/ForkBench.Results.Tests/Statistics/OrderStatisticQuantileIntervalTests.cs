using System.Numerics;
using ForkBench.Results.Statistics;

namespace ForkBench.Results.Tests.Statistics;

public class OrderStatisticQuantileIntervalTests
{
    [Theory]
    // Binomial(n, 1/2): P(B <= 0) = 1/32 > 0.025 at n = 5, so no interval.
    [InlineData(5, 0, 0)]
    // n = 6: P(B <= 0) = 1/64 <= 0.025 < P(B <= 1) = 7/64: [x(1), x(6)].
    [InlineData(6, 1, 6)]
    // n = 10: P(B <= 1) = 11/1024 <= 0.025 < P(B <= 2) = 56/1024: [x(2), x(9)].
    [InlineData(10, 2, 9)]
    // n = 20: P(B <= 5) = 21700/2^20 = 0.0207 <= 0.025 < P(B <= 6) = 60460/2^20 = 0.0577: [x(6), x(15)].
    [InlineData(20, 6, 15)]
    // n = 100: the textbook ranks 40 and 61.
    [InlineData(100, 40, 61)]
    public void Median_ranks_at_95_percent_match_the_binomial_table(int n, int lower, int upper)
    {
        var ranks = OrderStatisticQuantileInterval.Ranks(n, 0.5, 0.95);
        if (lower == 0)
            Assert.Null(ranks);
        else
            Assert.Equal((lower, upper), ranks);
    }

    [Fact]
    public void The_bounds_are_the_order_statistics_at_those_ranks()
    {
        double[] sorted = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
        Assert.Equal((20.0, 90.0), OrderStatisticQuantileInterval.Of(sorted, 0.5, 0.95));
        Assert.Null(OrderStatisticQuantileInterval.Of(sorted[..5], 0.5, 0.95));
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(1, 4)]
    [InlineData(1, 2)]
    [InlineData(3, 4)]
    [InlineData(9, 10)]
    public void Ranks_agree_with_exact_rational_binomial_tails(int numerator, int denominator)
    {
        // P(B <= k) * 40 <= 1 with B ~ Binomial(n, a/b), in integers:
        // 40 * sum C(n, i) a^i (b - a)^(n - i) <= b^n.
        for (int n = 1; n <= 200; n++)
        {
            int lower = ExactLowerRank(n, numerator, denominator - numerator, denominator);
            int mirrored = ExactLowerRank(n, denominator - numerator, numerator, denominator);
            (int, int)? expected = lower == 0 || mirrored == 0 ? null : (lower, n + 1 - mirrored);
            Assert.True(expected == OrderStatisticQuantileInterval.Ranks(n, (double)numerator / denominator, 0.95),
                $"n = {n}, p = {numerator}/{denominator}: expected {expected}, got {OrderStatisticQuantileInterval.Ranks(n, (double)numerator / denominator, 0.95)}");
        }
    }

    [Theory]
    [InlineData(0.5, 6)]
    [InlineData(0.25, 13)]
    [InlineData(0.75, 13)]
    [InlineData(0.1, 36)]
    [InlineData(0.9, 36)]
    public void The_fewest_samples_with_an_interval(double probability, int count) =>
        Assert.Equal(count, OrderStatisticQuantileInterval.MinimumCount(probability, 0.95));

    [Fact]
    public void Coverage_is_at_least_the_level_for_the_median()
    {
        for (int n = 6; n <= 200; n++)
        {
            var (lower, upper) = OrderStatisticQuantileInterval.Ranks(n, 0.5, 0.95)!.Value;
            // P(lower <= B < upper) for B ~ Binomial(n, 1/2), exactly.
            BigInteger inside = 0;
            for (int i = lower; i < upper; i++)
                inside += Choose(n, i);
            Assert.True(inside * 100 >= BigInteger.Pow(2, n) * 95, $"n = {n}: [{lower}, {upper}] covers less than 95%");
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void A_probability_at_or_outside_the_ends_is_refused(double probability) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderStatisticQuantileInterval.Ranks(10, probability, 0.95));

    /// <summary>The largest l with P(B &lt;= l - 1) &lt;= 1/40 for B ~ Binomial(n, a / (a + c)), or 0.</summary>
    private static int ExactLowerRank(int n, int a, int c, int b)
    {
        BigInteger whole = BigInteger.Pow(b, n), cumulative = 0;
        int rank = 0;
        for (int k = 0; k < n; k++)
        {
            cumulative += Choose(n, k) * BigInteger.Pow(a, k) * BigInteger.Pow(c, n - k);
            if (cumulative * 40 > whole)
                break;
            rank = k + 1;
        }
        return rank;
    }

    private static BigInteger Choose(int n, int k)
    {
        BigInteger result = 1;
        for (int i = 1; i <= k; i++)
            result = result * (n - k + i) / i;
        return result;
    }
}
