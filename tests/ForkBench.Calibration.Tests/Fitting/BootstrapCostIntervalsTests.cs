using ForkBench.Calibration.Fitting;

namespace ForkBench.Calibration.Tests.Fitting;

public class BootstrapCostIntervalsTests
{
    [Fact]
    public void Intervals_cover_the_true_costs_and_are_reproducible()
    {
        var random = new Random(4);
        double[][] features = [.. Enumerable.Range(0, 20).Select(_ => Synthetic.Counts(random))];
        // Eleven samples per point, spread +-3% around the true cost.
        double[][] samples = [.. features.Select(f => Enumerable.Range(0, 11).Select(_ => Synthetic.Cost(f) * (1 + 0.03 * (2 * random.NextDouble() - 1))).ToArray())];
        ColumnMerge merge = ColumnMerger.Merge(features);

        var first = BootstrapCostIntervals.Compute(features, samples, merge, resamples: 100, seed: 9);
        var second = BootstrapCostIntervals.Compute(features, samples, merge, resamples: 100, seed: 9);

        Assert.Equal(first, second);
        for (int k = 0; k < Synthetic.Prices.Length; k++)
        {
            Assert.True(first[k].Lower <= first[k].Upper);
            Assert.InRange(Synthetic.Prices[k], first[k].Lower * 0.9, first[k].Upper * 1.1);
            Assert.True(first[k].Lower >= 0);
        }
    }

    [Fact]
    public void Identical_samples_give_a_point_interval()
    {
        var random = new Random(5);
        double[][] features = [.. Enumerable.Range(0, 12).Select(_ => Synthetic.Counts(random))];
        double[][] samples = [.. features.Select(f => Enumerable.Repeat(Synthetic.Cost(f), 5).ToArray())];

        var intervals = BootstrapCostIntervals.Compute(features, samples, ColumnMerger.Merge(features), resamples: 20);

        for (int k = 0; k < Synthetic.Prices.Length; k++)
        {
            Assert.Equal(1, intervals[k].Lower / Synthetic.Prices[k], 6);
            Assert.Equal(1, intervals[k].Upper / Synthetic.Prices[k], 6);
        }
    }
}
