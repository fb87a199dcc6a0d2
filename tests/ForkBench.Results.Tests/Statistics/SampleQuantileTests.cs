using ForkBench.Results.Statistics;

namespace ForkBench.Results.Tests.Statistics;

public class SampleQuantileTests
{
    [Fact]
    public void The_median_is_the_middle_sample_or_the_mean_of_the_two_middle_ones()
    {
        Assert.Equal(7, SampleQuantile.Median([10, 1, 7]));
        Assert.Equal(2.5, SampleQuantile.Median([4, 1, 3, 2]));
        Assert.Equal(42, SampleQuantile.Median([42]));
    }

    [Theory]
    // Type 7 on 1..10: rank (n - 1)p + 1, interpolated; R's quantile(1:10, p) gives the same.
    [InlineData(0.1, 1.9)]
    [InlineData(0.25, 3.25)]
    [InlineData(0.5, 5.5)]
    [InlineData(0.75, 7.75)]
    [InlineData(0.9, 9.1)]
    [InlineData(0.0, 1)]
    [InlineData(1.0, 10)]
    public void Quantiles_interpolate_between_order_statistics(double probability, double expected) =>
        Assert.Equal(expected, SampleQuantile.Of([5, 3, 9, 1, 10, 2, 8, 4, 7, 6], probability), 12);

    [Fact]
    public void An_empty_sample_has_no_quantile() =>
        Assert.Throws<ArgumentException>(() => SampleQuantile.Median([]));
}
